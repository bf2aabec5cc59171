package wjw.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

/**
 * How much the server lets clients take and who may call it from other sites: the browser origins
 * allowed by CORS (none by default), the idle timeout that drops silent or half-sent connections,
 * the deadline for a request's line and headers, and the bounds on open connections (in all and
 * per client address), requests handled at once, and the wait for a free slot.
 *
 * @param corsOrigins origins such as {@code https://example.org} (or {@code *}) whose pages may read
 *     the API; empty sends no CORS headers, so browsers keep other sites out
 * @param idleTimeout a connection that sends nothing for this long is closed, mid-request or not
 * @param maxConcurrentRequests requests handled at once; more wait for a slot without holding a thread
 * @param maxQueueWait how long a waiting request may wait for a slot before it is refused with 503
 * @param maxConnections open connections; beyond them new ones wait in the kernel's backlog
 * @param headerTimeout a request whose line and headers are not all there this long after its first
 *     byte gets 408 and loses its connection, however steadily the bytes trickle in
 * @param maxConnectionsPerAddress open connections from one client address; more are closed at once
 */
public record HttpSettings(List<String> corsOrigins, Duration idleTimeout, int maxConcurrentRequests,
    Duration maxQueueWait, int maxConnections, Duration headerTimeout, int maxConnectionsPerAddress) {

  public static final int DEFAULT_IDLE_SECONDS = 30;
  /** Searches are CPU-bound: more at once than this only queue inside the JVM instead of in front of it. */
  public static final int DEFAULT_MAX_CONCURRENT = 64;
  public static final int DEFAULT_MAX_CONNECTIONS = 512;
  public static final int QUEUE_WAIT_SECONDS = 10;
  /** Browsers send a request head in one packet; 10 s is ample even on a bad mobile link. */
  public static final int DEFAULT_HEADER_SECONDS = 10;
  /**
   * An eighth of the default pool: one address cannot keep the others out, and a browser (six
   * connections per site) or a small office behind one NAT address stays far below it.
   */
  public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 64;

  public static final HttpSettings DEFAULTS = new HttpSettings(List.of(), Duration.ofSeconds(DEFAULT_IDLE_SECONDS),
      DEFAULT_MAX_CONCURRENT, Duration.ofSeconds(QUEUE_WAIT_SECONDS), DEFAULT_MAX_CONNECTIONS,
      Duration.ofSeconds(DEFAULT_HEADER_SECONDS), DEFAULT_MAX_CONNECTIONS_PER_ADDRESS);

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      checkOrigin(origin);
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("--idle-timeout must be positive, got " + idleTimeout.toMillis() / 1000.0 + " s");
    }
    if (maxConcurrentRequests < 1) {
      throw new IllegalArgumentException("--max-concurrent must be at least 1, got " + maxConcurrentRequests);
    }
    if (maxQueueWait.isNegative() || maxQueueWait.isZero()) {
      throw new IllegalArgumentException("the queue wait must be positive, got " + maxQueueWait);
    }
    // Each connection carries at most one request at a time (HTTP/1.1), so fewer connections than
    // request slots would leave slots that can never be used.
    if (maxConnections < maxConcurrentRequests) {
      throw new IllegalArgumentException("--max-connections (" + maxConnections + ") must be at least --max-concurrent ("
          + maxConcurrentRequests + ")");
    }
    if (headerTimeout.isNegative() || headerTimeout.isZero()) {
      throw new IllegalArgumentException("--header-timeout must be positive, got " + headerTimeout.toMillis() / 1000.0 + " s");
    }
    if (maxConnectionsPerAddress < 1) {
      throw new IllegalArgumentException("--max-connections-per-address must be at least 1, got " + maxConnectionsPerAddress);
    }
  }

  public HttpSettings withCorsOrigins(List<String> origins) {
    return new HttpSettings(origins, idleTimeout, maxConcurrentRequests, maxQueueWait, maxConnections, headerTimeout,
        maxConnectionsPerAddress);
  }

  public HttpSettings withIdleTimeout(Duration timeout) {
    return new HttpSettings(corsOrigins, timeout, maxConcurrentRequests, maxQueueWait, maxConnections, headerTimeout,
        maxConnectionsPerAddress);
  }

  public HttpSettings withConcurrency(int requests, Duration queueWait, int connections) {
    return new HttpSettings(corsOrigins, idleTimeout, requests, queueWait, connections, headerTimeout,
        maxConnectionsPerAddress);
  }

  public HttpSettings withHeaderTimeout(Duration timeout) {
    return new HttpSettings(corsOrigins, idleTimeout, maxConcurrentRequests, maxQueueWait, maxConnections, timeout,
        maxConnectionsPerAddress);
  }

  public HttpSettings withMaxConnectionsPerAddress(int perAddress) {
    return new HttpSettings(corsOrigins, idleTimeout, maxConcurrentRequests, maxQueueWait, maxConnections,
        headerTimeout, perAddress);
  }

  /** An origin is scheme://host[:port] and nothing else: a path or a typo would silently match no browser. */
  private static void checkOrigin(String origin) {
    if (origin.equals("*")) {
      return;
    }
    try {
      URI uri = new URI(origin);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
          && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
      if (web && uri.getHost() != null && bare) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below with the expected form
    }
    throw new IllegalArgumentException("--cors-origin must be an origin like https://example.org or http://localhost:8080"
        + " (scheme, host, optional port; no path) or *, got \"" + origin + "\"");
  }
}
