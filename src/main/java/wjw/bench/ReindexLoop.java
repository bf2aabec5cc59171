package wjw.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The soak's reindexes: POST /api/reindex with the admin token once per period, half a period off
 * the row boundaries (at 0:30, 1:30, … for a minute), one at a time (a reindex longer than the
 * period delays the next, and none starts after the end); done and failed counts are read out per
 * row with {@link #take()}.
 * {@link #pauseIfIdle()} and {@link #pause()} hold the next reindex while the server's memory and
 * files are read, so a reading is either clearly between reindexes or marked as during one.
 */
final class ReindexLoop {
  /** A reindex may take minutes on a large corpus; longer than this is a failure, not a wait forever. */
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  /** Reindexes finished since the previous {@link #take()}, and how many of them failed. */
  record Interval(int done, int failed) {}

  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  // fair: a waiting pause() goes before the next overdue reindex instead of waiting for it too
  private final Semaphore running = new Semaphore(1, true);
  private final AtomicReference<String> firstError;
  private Thread thread;

  ReindexLoop(AtomicReference<String> firstError) {
    this.firstError = firstError;
  }

  /**
   * How many reindexes a soak of {@code seconds} with this period starts: one at 0.5, 1.5, …
   * periods, none in the last 1% of a period before the end.
   */
  static int due(double seconds, double everySeconds) {
    return Math.max(0, (int) Math.ceil(seconds / everySeconds + 0.5 - 0.01) - 1);
  }

  /** Starts up to {@code count} reindexes at {@code startNanos} + 0.5, 1.5, … periods, none after {@code endNanos}. */
  void start(URI reindex, String token, long startNanos, double everySeconds, int count, long endNanos) {
    thread = Thread.ofPlatform().name("soak-reindex").start(() -> {
      try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        for (int k = 1; k <= count; k++) {
          Soak.sleepUntil(startNanos + (long) ((k - 0.5) * everySeconds * 1e9));
          running.acquire();
          try {
            if (System.nanoTime() >= endNanos) {
              return;
            }
            post(http, reindex, token);
          } finally {
            running.release();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  /** Waits until no reindex is running and keeps the next one from starting until {@link #resume()}. */
  void pause() throws InterruptedException {
    running.acquire();
  }

  /** As {@link #pause()} when no reindex is running (true); false, holding nothing, when one is. */
  boolean pauseIfIdle() {
    return running.tryAcquire();
  }

  void resume() {
    running.release();
  }

  Interval take() {
    return new Interval(done.getAndSet(0), failed.getAndSet(0));
  }

  void join() throws InterruptedException {
    if (thread != null) {
      thread.join();
    }
  }

  private void post(HttpClient http, URI reindex, String token) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(reindex).timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        failed.incrementAndGet();
        firstError.compareAndSet(null, "reindex: " + r.statusCode() + " " + r.body());
      }
    } catch (IOException e) {
      failed.incrementAndGet();
      firstError.compareAndSet(null, "reindex: " + e);
    }
    done.incrementAndGet();
  }
}
