package wjw.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The soak's search load: N threads, each with its own HTTP client, sending the query mix back to
 * back until {@link #join()}; latencies and errors are read out per row with {@link #take()}.
 */
final class SoakClients {
  /** What the clients did since the previous {@link #take()}. */
  record Interval(Histogram micros, long errors) {}

  // Recorder: many threads record, one reads interval histograms without stopping them.
  private final Recorder micros = new Recorder(Latency.MAX_MICROS, 3);
  private final AtomicLong errors = new AtomicLong();
  private final AtomicReference<String> firstError;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopped;

  SoakClients(AtomicReference<String> firstError) {
    this.firstError = firstError;
  }

  /** Starts {@code clients} threads sending the mix until {@link #join()}. */
  void start(List<URI> mix, int clients) {
    for (int c = 0; c < clients; c++) {
      int offset = c;
      threads.add(Thread.ofPlatform().name("soak-client-" + c).start(() -> run(mix, offset)));
    }
  }

  Interval take() {
    return new Interval(micros.getIntervalHistogram(), errors.getAndSet(0));
  }

  /** Stops the clients and waits for them: each finishes its request in flight (at most its 30 s timeout). */
  void join() throws InterruptedException {
    stopped = true;
    for (Thread t : threads) {
      t.join();
    }
  }

  private void run(List<URI> mix, int offset) {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build()) {
      // each client starts at its own place in the mix so they do not move in lockstep
      int i = offset * 7;
      while (!stopped) {
        URI uri = mix.get(i++ % mix.size());
        long t0 = System.nanoTime();
        try {
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200) {
            fail(r.statusCode() + " for " + uri + ": " + new String(r.body(), StandardCharsets.UTF_8));
          }
        } catch (IOException e) {
          fail(e + " for " + uri);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        micros.recordValue(Math.min((System.nanoTime() - t0) / 1000, Latency.MAX_MICROS));
      }
    }
  }

  private void fail(String what) {
    errors.incrementAndGet();
    firstError.compareAndSet(null, what);
  }
}
