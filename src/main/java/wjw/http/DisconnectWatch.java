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
 * several) and runs a request's callback when its socket becomes readable with nothing to read, and
 * is so again when looked at once more a moment later: the end of the stream, or a reset. Readable
 * bytes are a pipelined next request, not a departure: that socket is not watched further in this
 * request. One thread for all requests.
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
  private final Suspicions suspicions = new Suspicions();

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
        selector.select(this::readable, suspicions.nextDueMillis(System.nanoTime(), IDLE_SELECT_MILLIS));
        suspicions.rearmDue(System.nanoTime());
      }
    } catch (ClosedSelectorException e) {
      // closed by close()
    } catch (IOException e) {
      LOG.warn("disconnect watch stopped: {}", e.toString());
    }
  }

  /**
   * A readable socket with no bytes waiting is a departure only if it stays so: the end of a stream
   * keeps a socket readable for good, whereas a readiness seen for bytes that Jetty has read since
   * (a keep-alive client's next request, raced against the switch of interest) does not come back.
   * So the first sighting only suspects the connection; it is watched again a moment later and
   * called gone only if the same is seen then.
   */
  private void readable(SelectionKey key) {
    if (!key.isValid()) {
      return;
    }
    SocketChannel channel = (SocketChannel) key.channel();
    boolean nothingToRead;
    boolean reset = false;
    try {
      // available() asks the kernel how many bytes wait (FIONREAD) without reading them
      nothingToRead = channel.socket().getInputStream().available() == 0;
    } catch (IOException e) {
      nothingToRead = true;
      reset = true;
    }
    boolean gone = nothingToRead && (reset || suspicions.confirms(key));
    try {
      if (gone) {
        key.cancel(); // nothing more will come on this connection
      } else {
        key.interestOps(0); // a pipelined request waits to be read, or a suspicion waits to be checked again
        if (nothingToRead) {
          suspicions.suspect(key, System.nanoTime());
        } else {
          suspicions.clear(key);
        }
      }
    } catch (CancelledKeyException e) {
      // Jetty closed the connection meanwhile
    }
    if (gone && key.attachment() instanceof Runnable callback) {
      callback.run();
    }
  }

  /** Time between the first sighting of an apparent end of stream and the look that confirms it. */
  static final long CONFIRM_AFTER_NANOS = 20_000_000;
  /** How long a re-armed suspicion waits for the readiness that confirms it before it is dropped. */
  static final long CONFIRM_WITHIN_NANOS = 200_000_000;
  private static final long IDLE_SELECT_MILLIS = 1_000;

  /** Connections suspected of having gone, watch thread only: when to look again, and until when a look confirms. */
  private static final class Suspicions {
    private final java.util.Map<SelectionKey, Long> lookAgainAt = new java.util.HashMap<>();
    private final java.util.Map<SelectionKey, Long> confirmingUntil = new java.util.HashMap<>();

    void suspect(SelectionKey key, long now) {
      confirmingUntil.remove(key);
      lookAgainAt.put(key, now + CONFIRM_AFTER_NANOS);
    }

    boolean confirms(SelectionKey key) {
      Long until = confirmingUntil.remove(key);
      return until != null && System.nanoTime() - until <= 0;
    }

    void clear(SelectionKey key) {
      lookAgainAt.remove(key);
      confirmingUntil.remove(key);
    }

    /** Watches the due suspects again, if their request is still being worked on. */
    void rearmDue(long now) {
      for (var it = lookAgainAt.entrySet().iterator(); it.hasNext(); ) {
        var due = it.next();
        if (now - due.getValue() < 0) continue;
        it.remove();
        SelectionKey key = due.getKey();
        try {
          if (key.isValid() && key.attachment() != null) {
            confirmingUntil.put(key, now + CONFIRM_WITHIN_NANOS);
            key.interestOps(SelectionKey.OP_READ);
          }
        } catch (CancelledKeyException e) {
          // closed meanwhile
        }
      }
      confirmingUntil.values().removeIf(until -> now - until > 0);
    }

    long nextDueMillis(long now, long idleMillis) {
      long next = idleMillis;
      for (long at : lookAgainAt.values()) {
        next = Math.min(next, Math.max(1, (at - now) / 1_000_000 + 1));
      }
      return next;
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
