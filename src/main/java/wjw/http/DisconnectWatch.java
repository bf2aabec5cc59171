package wjw.http;

import io.javalin.http.Context;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a client closing its connection while its request is being worked on. Jetty reads an
 * HTTP/1.1 connection only between requests, so on its own it learns that a client left only when
 * it writes the answer (its failure listeners do not fire; tried with Jetty 12.1). This registers
 * the sockets of requests in flight with a selector of its own (a channel may be registered with
 * several) and runs a request's callback when its socket becomes readable with nothing to read: the
 * end of the stream, or a reset. Readable bytes are a pipelined next request, not a departure: that
 * socket is not watched further in this request. One thread for all requests.
 */
final class DisconnectWatch implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(DisconnectWatch.class);
  /** The registration of a request that is not on a plain socket (tests, other transports): nothing to watch. */
  private static final Watching NOTHING = () -> {};

  /** Stops watching one request; idempotent. */
  interface Watching extends AutoCloseable {
    @Override
    void close();
  }

  private final Selector selector;
  private final Thread thread;

  DisconnectWatch() {
    try {
      selector = Selector.open();
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a selector to watch for disconnects", e);
    }
    thread = new Thread(this::run, "wjw-disconnect-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Runs {@code onGone} (once, on the watch thread) if the client of {@code ctx} closes its connection
   * before the returned registration is closed. A connection keeps its key between requests (only its
   * interest is switched off), so a keep-alive client's next request is watched at once: a cancelled
   * key would refuse a new registration until the watch thread had removed it.
   */
  Watching watch(Context ctx, Runnable onGone) {
    Object transport = ServletContextRequest.getServletContextRequest(ctx.req())
        .getConnectionMetaData().getConnection().getEndPoint().getTransport();
    if (!(transport instanceof SocketChannel channel) || !channel.isOpen()) {
      return NOTHING;
    }
    SelectionKey key;
    try {
      key = channel.keyFor(selector);
      if (key == null) {
        key = channel.register(selector, SelectionKey.OP_READ, onGone);
      } else {
        key.attach(onGone);
        key.interestOps(SelectionKey.OP_READ);
      }
    } catch (IOException | RuntimeException e) {
      // closed meanwhile, or the watch is shutting down: the answer's write will find out
      return NOTHING;
    }
    selector.wakeup(); // applies the new interest now rather than at the next second's select
    SelectionKey watched = key;
    return () -> {
      watched.attach(null);
      try {
        watched.interestOps(0);
      } catch (CancelledKeyException e) {
        // the connection closed: Jetty's close cancelled the key
      }
    };
  }

  private void run() {
    try {
      while (selector.isOpen()) {
        selector.select(this::readable, 1_000);
      }
    } catch (ClosedSelectorException e) {
      // closed by close()
    } catch (IOException e) {
      LOG.warn("disconnect watch stopped: {}", e.toString());
    }
  }

  private void readable(SelectionKey key) {
    if (!key.isValid()) {
      return;
    }
    SocketChannel channel = (SocketChannel) key.channel();
    boolean gone;
    try {
      // available() asks the kernel how many bytes wait (FIONREAD) without reading them
      gone = channel.socket().getInputStream().available() == 0;
    } catch (IOException e) {
      gone = true; // reset or closed
    }
    Object onGone = key.attachment();
    try {
      if (gone) {
        key.cancel(); // nothing more will come on this connection
      } else {
        key.interestOps(0); // a pipelined request waits to be read: not watched further
      }
    } catch (CancelledKeyException e) {
      // Jetty closed the connection meanwhile
    }
    if (gone && onGone instanceof Runnable callback) {
      callback.run();
    }
  }

  @Override
  public void close() {
    try {
      selector.close();
    } catch (IOException e) {
      LOG.warn("closing the disconnect watch: {}", e.toString());
    }
  }
}
