package wjw.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.transport.httpclient5.ResponseException;
import wjw.index.ReindexInProgressException;

/**
 * One reindex at a time per deployment, across machines: a lock document in the cluster
 * ({@code base-reindex-lock/_doc/lock}) created only if absent, naming its holder (host, pid, start) and
 * renewed every {@value #HEARTBEAT_SECONDS} s. A second reindex finds it and is refused with the holder's
 * name. A holder that dies leaves the document behind, so a lock whose renewal is older than
 * {@value #STALE_SECONDS} s, or whose holder is a process of this machine that no longer runs, is taken
 * over — atomically (compare-and-set on the document's sequence number), so two reindexes never both
 * take it. The holder checks it still holds the lock before it switches the alias.
 */
final class ReindexLease implements Closeable {
  static final int HEARTBEAT_SECONDS = 5;
  static final int STALE_SECONDS = 30;
  static final String DOC = "lock";

  private final OpenSearchClient client;
  private final String index;
  private final Map<String, Object> holder;
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "wjw-reindex-lease");
    t.setDaemon(true);
    return t;
  });
  private volatile long seqNo;
  private volatile long primaryTerm;
  private volatile String lost;

  private ReindexLease(OpenSearchClient client, String index, Map<String, Object> holder, long seqNo, long primaryTerm) {
    this.client = client;
    this.index = index;
    this.holder = holder;
    this.seqNo = seqNo;
    this.primaryTerm = primaryTerm;
    heartbeat.scheduleWithFixedDelay(this::renew, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /** Takes the lock of {@code names}' deployment, or refuses naming who holds it. */
  static ReindexLease acquire(OpenSearchClient client, IndexNames names) throws IOException, ReindexInProgressException {
    String index = names.lock();
    ensureIndex(client, index);
    Map<String, Object> me = note(Instant.now());
    try {
      var created = client.create(c -> c.index(index).id(DOC).document(me).refresh(Refresh.True));
      return new ReindexLease(client, index, me, created.seqNo(), created.primaryTerm());
    } catch (OpenSearchException | ResponseException e) {
      if (status(e) != CONFLICT) {
        throw e;
      }
    }
    GetResponse<Map> current = client.get(g -> g.index(index).id(DOC), Map.class);
    if (!current.found()) { // released between our two requests: try once more
      var created = client.create(c -> c.index(index).id(DOC).document(me).refresh(Refresh.True));
      return new ReindexLease(client, index, me, created.seqNo(), created.primaryTerm());
    }
    Map<?, ?> held = current.source();
    if (!abandoned(held)) {
      throw new ReindexInProgressException("another reindex is running (" + describe(held)
          + "); try again when it has finished");
    }
    try {
      var taken = client.index(i -> i.index(index).id(DOC).document(me).refresh(Refresh.True)
          .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm()));
      return new ReindexLease(client, index, me, taken.seqNo(), taken.primaryTerm());
    } catch (OpenSearchException | ResponseException e) {
      if (status(e) == CONFLICT) {
        throw new ReindexInProgressException("another reindex took over an abandoned lock just now; try again when it"
            + " has finished");
      }
      throw e;
    }
  }

  /** Throws if the lock was lost (taken over after this process could not renew it): no switch then. */
  void checkHeld() throws IOException {
    if (lost != null) {
      throw new IOException("this reindex lost its lock (" + lost + "); the alias was not switched");
    }
    GetResponse<Map> current = client.get(g -> g.index(index).id(DOC), Map.class);
    if (!current.found() || current.seqNo() != seqNo || current.primaryTerm() != primaryTerm) {
      throw new IOException("this reindex no longer holds its lock"
          + (current.found() ? " (now held by " + describe(current.source()) + ")" : "") + "; the alias was not switched");
    }
  }

  @Override
  public void close() throws IOException {
    heartbeat.shutdownNow();
    if (lost != null) {
      return;
    }
    try {
      client.delete(d -> d.index(index).id(DOC).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm).refresh(Refresh.True));
    } catch (OpenSearchException | ResponseException e) {
      if (status(e) != CONFLICT && status(e) != NOT_FOUND) {
        throw e;
      }
    }
  }

  private void renew() {
    if (lost != null) {
      return;
    }
    Map<String, Object> note = new LinkedHashMap<>(holder);
    note.put("renewed", Instant.now().toString());
    try {
      var renewed = client.index(i -> i.index(index).id(DOC).document(note).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm));
      seqNo = renewed.seqNo();
      primaryTerm = renewed.primaryTerm();
    } catch (OpenSearchException | ResponseException e) {
      if (status(e) == CONFLICT) {
        lost = "another reindex took it over";
      }
      // else: a passing failure; the next renewal tries again
    } catch (IOException | RuntimeException e) {
      // unreachable for a moment; the next renewal tries again
    }
  }

  private static void ensureIndex(OpenSearchClient client, String index) throws IOException {
    if (client.indices().exists(e -> e.index(index)).value()) {
      return;
    }
    try {
      client.indices().create(c -> c.index(index).settings(s -> s.numberOfShards(1).autoExpandReplicas("0-1")));
    } catch (OpenSearchException | ResponseException e) {
      // created by another reindex between the two requests: that is what was wanted
      if (status(e) != BAD_REQUEST || !String.valueOf(e.getMessage()).contains("resource_already_exists_exception")) {
        throw e;
      }
    }
  }

  private static final int BAD_REQUEST = 400;
  private static final int NOT_FOUND = 404;
  private static final int CONFLICT = 409;

  /**
   * The HTTP status of a refusal. The client reports some as {@link OpenSearchException} and some (a conditional
   * write's 409 among them, seen on 3.8.0) as the transport's {@link ResponseException}; the lease reads both.
   */
  static int status(Exception refusal) {
    if (refusal instanceof OpenSearchException e) {
      return e.status();
    }
    return refusal instanceof ResponseException e ? e.status() : -1;
  }

  private static Map<String, Object> note(Instant now) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("host", hostName());
    note.put("pid", ProcessHandle.current().pid());
    note.put("started", now.toString());
    note.put("renewed", now.toString());
    return note;
  }

  /** True when the holder is gone: not renewed for {@link #STALE_SECONDS}, or a dead process of this machine. */
  static boolean abandoned(Map<?, ?> held) {
    Object renewed = held.get("renewed");
    try {
      if (renewed == null || Duration.between(Instant.parse(renewed.toString()), Instant.now()).toSeconds() > STALE_SECONDS) {
        return true;
      }
    } catch (RuntimeException unreadable) {
      return true;
    }
    if (hostName().equals(String.valueOf(held.get("host"))) && held.get("pid") instanceof Number pid) {
      return ProcessHandle.of(pid.longValue()).map(p -> !p.isAlive()).orElse(true);
    }
    return false;
  }

  /** The holder as a refused reindex names it: host, pid, start and last renewal. */
  static String describe(Map<?, ?> held) {
    return "host " + held.get("host") + " pid " + held.get("pid") + ", started " + held.get("started")
        + ", last renewed " + held.get("renewed");
  }

  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }
}
