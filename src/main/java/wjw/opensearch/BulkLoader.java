package wjw.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._helpers.bulk.BulkIngester;
import org.opensearch.client.opensearch._helpers.bulk.BulkListener;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Loads documents into the cluster with the client's {@link BulkIngester}: batches of
 * {@value #BATCH_DOCUMENTS} documents or {@value #BATCH_BYTES} bytes, at most {@value #IN_FLIGHT} requests in
 * flight — {@link #add} blocks while they are, which is the back-pressure that keeps a fast reader from
 * flooding a slow cluster. Documents the cluster turns away for now (429 too many requests, 503
 * unavailable, or a whole request that failed) are sent again after a growing pause, up to
 * {@value #MAX_ATTEMPTS} attempts; any other refusal, or a document still refused then, fails the load.
 * Thread-safe; {@link #finish} waits for everything sent.
 */
final class BulkLoader {
  static final int BATCH_DOCUMENTS = 1_000;
  static final long BATCH_BYTES = 5L * 1024 * 1024;
  static final int IN_FLIGHT = 4;
  static final int MAX_ATTEMPTS = 8;
  /** The pause before the second attempt; it doubles with each further one (0.2 s … 25.6 s, 51 s in all). */
  static final long FIRST_PAUSE_MILLIS = 200;

  /** What the load has done so far, for a progress line. */
  record Progress(long added, long acknowledged, long retried) {}

  /** One document and how many times it has been sent. */
  private record Pending(BulkOperation operation, String id, int attempt) {}

  private final OpenSearchClient client;
  private final BulkIngester<Pending> ingester;
  private final ScheduledExecutorService resender = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "wjw-bulk-retry");
    t.setDaemon(true);
    return t;
  });
  private final ConcurrentLinkedQueue<Pending> afterClose = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private volatile boolean closing;

  BulkLoader(OpenSearchClient client) {
    this.client = client;
    this.ingester = BulkIngester.of(b -> b.client(client)
        .maxOperations(BATCH_DOCUMENTS)
        .maxSize(BATCH_BYTES)
        .maxConcurrentRequests(IN_FLIGHT)
        .flushInterval(1, TimeUnit.SECONDS)
        .listener(new Listener()));
  }

  /** Sends {@code document} as {@code id} into {@code index}; blocks while the cluster is behind. */
  void add(String index, String id, Map<String, Object> document) {
    BulkOperation operation = BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(document)));
    added.incrementAndGet();
    send(new Pending(operation, id, 1));
  }

  Progress progress() {
    return new Progress(added.get(), acknowledged.get(), retried.get());
  }

  /**
   * Waits for every document sent and resent; throws naming the first documents that could not be
   * loaded. Afterwards the loader takes no more.
   */
  void finish() throws IOException {
    closing = true;
    ingester.close();
    resender.shutdown();
    try {
      if (!resender.awaitTermination(5, TimeUnit.MINUTES)) {
        throw new IOException("bulk load: resending refused documents did not finish in 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("bulk load interrupted", e);
    }
    // What was refused after the ingester closed is sent here, one request per round, with the same pauses.
    while (!afterClose.isEmpty()) {
      List<Pending> round = new ArrayList<>();
      for (Pending p; (p = afterClose.poll()) != null; ) {
        round.add(p);
      }
      pause(round.get(0).attempt() - 1);
      BulkRequest request = BulkRequest.of(r -> r.operations(round.stream().map(Pending::operation).toList()));
      try {
        handle(round, client.bulk(request));
      } catch (IOException | RuntimeException e) {
        round.forEach(p -> retry(p, e.toString()));
      }
    }
    if (!failures.isEmpty()) {
      List<String> first = failures.stream().limit(5).toList();
      throw new IOException("bulk load: " + failures.size() + " document(s) not loaded, e.g. " + String.join("; ", first));
    }
  }

  /** Stops without waiting for the outcome (a failed reindex): documents still buffered are dropped with the index. */
  void abandon() {
    closing = true;
    resender.shutdownNow();
    try {
      ingester.close();
    } catch (RuntimeException e) {
      // the index is deleted anyway
    }
  }

  private void send(Pending pending) {
    if (closing && pending.attempt() > 1) {
      afterClose.add(pending);
      return;
    }
    try {
      ingester.add(pending.operation(), pending);
    } catch (IllegalStateException closed) {
      afterClose.add(pending);
    }
  }

  private void handle(List<Pending> sent, BulkResponse response) {
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      Pending pending = sent.get(i);
      if (item.error() == null) {
        acknowledged.incrementAndGet();
      } else if (item.status() == 429 || item.status() == 503) {
        retry(pending, item.status() + " " + item.error().type());
      } else {
        failures.add(pending.id() + ": " + item.status() + " " + item.error().type() + " " + item.error().reason());
      }
    }
  }

  /** Sends {@code pending} again after a pause, or gives up on it after {@link #MAX_ATTEMPTS}. */
  private void retry(Pending pending, String why) {
    if (pending.attempt() >= MAX_ATTEMPTS) {
      failures.add(pending.id() + ": still refused after " + MAX_ATTEMPTS + " attempts (" + why + ")");
      return;
    }
    retried.incrementAndGet();
    Pending again = new Pending(pending.operation(), pending.id(), pending.attempt() + 1);
    if (closing) {
      afterClose.add(again);
      return;
    }
    try {
      resender.schedule(() -> send(again), pauseMillis(pending.attempt()), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      afterClose.add(again);
    }
  }

  /** The pause after {@code attemptsSoFar} attempts: {@link #FIRST_PAUSE_MILLIS}, doubling. */
  private static long pauseMillis(int attemptsSoFar) {
    return FIRST_PAUSE_MILLIS << Math.max(0, attemptsSoFar - 1);
  }

  private static void pause(int attemptsSoFar) {
    try {
      Thread.sleep(pauseMillis(attemptsSoFar));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs on the ingester's threads after each bulk request. */
  private final class Listener implements BulkListener<Pending> {
    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {}

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
      handle(contexts, response);
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
      contexts.forEach(p -> retry(p, failure.toString()));
    }
  }
}
