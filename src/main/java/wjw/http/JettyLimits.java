package wjw.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Bounded work for whatever clients do: a connection silent for the idle timeout is closed (also one
 * that sent half a request line), and one whose request line and headers take longer than the
 * header timeout gets 408 ({@link HeaderDeadline}); at most maxConnections are open, at most
 * maxConnectionsPerAddress from one address ({@link PerAddressConnectionLimit}); bodies too large are
 * refused before a request slot is taken ({@link RequestIntake}); at most maxConcurrentRequests run
 * at once, the rest wait without holding a thread and get a JSON 503 after the queue wait; the
 * thread pool is sized from those bounds instead of Javalin's 250.
 */
final class JettyLimits {
  private static final long AT_LIMIT_IDLE_MILLIS = 2_000;
  /** Jetty's setting (org.eclipse.jetty.util.MemoryUtils) for the references that fill one cache line. */
  private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
  /** Jetty's own default line size (its org.eclipse.jetty.util.cacheLineBytes). */
  private static final int CACHE_LINE_BYTES = 64;
  private static final long COMPRESSED_REFERENCES_HEAP_LIMIT = 32L << 30;

  private JettyLimits() {}

  /** Installs the connector, the request slots, the error handler and the thread pool on Javalin's Jetty. */
  static void apply(JavalinConfig config, String host, int port, HttpSettings settings) {
    padCacheLinesWithoutAsking();
    // Headroom above the request slots for Jetty's acceptor, selectors and the suspended requests it resumes.
    QueuedThreadPool pool = new QueuedThreadPool(settings.maxConcurrentRequests() + 16, 8, 60_000);
    pool.setName("JettyServerThreadPool");
    config.jetty.threadPool = pool;
    config.jetty.addConnector((server, http) -> {
      ServerConnector connector = new ServerConnector(server, new HeaderDeadline(http, settings.headerTimeout()));
      connector.setHost(host);
      connector.setPort(port);
      connector.setIdleTimeout(settings.idleTimeout().toMillis());
      NetworkConnectionLimit limit = new NetworkConnectionLimit(settings.maxConnections(), connector);
      // Once every connection is taken, silent ones get 2 s instead of the full idle timeout, so
      // clients trickling bytes to hold connections open make room for new ones sooner.
      limit.setEndPointIdleTimeout(Math.min(settings.idleTimeout().toMillis(), AT_LIMIT_IDLE_MILLIS));
      connector.addBean(limit);
      connector.addEventListener(new PerAddressConnectionLimit(settings.maxConnectionsPerAddress()));
      return connector;
    });
    config.jetty.modifyServer(server -> {
      // Jetty waits this long for in-flight requests when stopping (SIGTERM).
      server.setStopTimeout(15_000);
      server.setErrorHandler(new JettyErrorHandler(settings));
      QoSHandler slots = new QoSHandler();
      slots.setMaxRequestCount(settings.maxConcurrentRequests());
      // With HTTP/1.1 a connection carries one request at a time, so the connection limit already
      // bounds the waiting ones; this keeps Jetty's own limit from answering first with an empty 503.
      slots.setMaxSuspendedRequestCount(settings.maxConnections());
      slots.setMaxSuspend(settings.maxQueueWait());
      server.insertHandler(slots);
      // inserted last, so it runs first: its refusals never take a slot
      server.insertHandler(new RequestIntake());
    });
  }

  /**
   * Tells Jetty how many object references fill a cache line (it pads its thread pool's counters with them) unless
   * the command line did. Left to find out, Jetty asks the HotSpot diagnostic MBean, which starts the platform MBean
   * server: about 0.1 s of a two-core start (docs/performance.md). Heaps under 32 GiB use 4-byte compressed
   * references, larger ones 8-byte; a wrong guess costs only padding.
   */
  private static void padCacheLinesWithoutAsking() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      boolean compressed = Runtime.getRuntime().maxMemory() < COMPRESSED_REFERENCES_HEAP_LIMIT;
      System.setProperty(REFERENCES_PER_CACHE_LINE, Integer.toString(CACHE_LINE_BYTES / (compressed ? 4 : 8)));
    }
  }
}
