package wjw.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code max} open connections per client address, so that one address cannot take the
 * whole pool of {@code --max-connections} (700 connections trickling headers from one machine
 * used to keep everyone else out). A connection over the cap is closed as it opens, before
 * anything is read from it. Jetty's own ConnectionLimit and NetworkConnectionLimit count all
 * connections together; this counts them per address.
 */
final class PerAddressConnectionLimit implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** Refusals are logged at most this often: a flood of them must not become a flood of log lines. */
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final int max;
  private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
  // a closed endpoint no longer knows its remote address: remember it from the opening
  private final ConcurrentHashMap<Connection, InetAddress> addresses = new ConcurrentHashMap<>();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

  PerAddressConnectionLimit(int max) {
    this.max = max;
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress address = addressOf(connection);
    if (address == null) {
      return;
    }
    // every opened connection is counted and every closed one uncounted, refused ones included
    addresses.put(connection, address);
    int count = open.merge(address, 1, Integer::sum);
    if (count > max) {
      connection.getEndPoint().close();
      logRefusal(address);
    }
  }

  @Override
  public void onClosed(Connection connection) {
    InetAddress address = addresses.remove(connection);
    if (address != null) {
      open.computeIfPresent(address, (a, count) -> count == 1 ? null : count - 1);
    }
  }

  /** Connections open now from {@code address}. */
  int openFrom(InetAddress address) {
    return open.getOrDefault(address, 0);
  }

  private void logRefusal(InetAddress address) {
    long n = refused.incrementAndGet();
    long now = System.nanoTime();
    long last = lastLog.get();
    if (now - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
      LOG.info("connection from {} closed: {} open from that address already (--max-connections-per-address);"
          + " {} refused so far", address.getHostAddress(), max, n);
    }
  }

  private static InetAddress addressOf(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
