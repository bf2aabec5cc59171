package wjw.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Step 5: the same mix over HTTP against {@code serve} in a child process: startup time, then for
 * each client count N threads, each with its own JDK HttpClient, sending requests back to back for
 * the duration; then the server's live heap and RssAnon after the search run.
 */
final class HttpBench {

  /**
   * @param firstError the first failed request, for the report's notes; null when none failed
   */
  record Result(List<Double> startups, Map<Integer, Latency> byClients, Long heapAfterGc, Long rssAnon,
      String firstError) {
    /** Launch to first answer: the median of the starts. */
    double startupSeconds() {
      return startups.stream().sorted().toList().get(startups.size() / 2);
    }
  }

  /**
   * Starts timed, the median being the figure: on two cores one start varies by a few tenths of a second with what
   * else the machine does at that moment (the bench's own JVM included), so one start alone says little.
   */
  static final int STARTS = 3;

  Result run(Path indexDir, Path seedsDir, Path logDir, List<BenchQuery> mix, List<Integer> clients,
      double warmupSeconds, double durationSeconds) throws IOException {
    return run(indexDir, seedsDir, logDir, mix, clients, warmupSeconds, durationSeconds, List.of());
  }

  /** As above, serve started with {@code backendArgs} (such as {@code --opensearch URL}) added. */
  Result run(Path indexDir, Path seedsDir, Path logDir, List<BenchQuery> mix, List<Integer> clients,
      double warmupSeconds, double durationSeconds, List<String> backendArgs) throws IOException {
    List<Double> startups = new ArrayList<>();
    for (int i = 1; i < STARTS; i++) {
      try (ServeProcess serve = ServeProcess.start(indexDir, seedsDir, logDir, mix.get(0).pathAndQuery(), null,
          backendArgs)) {
        startups.add(serve.startupSeconds());
      }
    }
    try (ServeProcess serve = ServeProcess.start(indexDir, seedsDir, logDir, mix.get(0).pathAndQuery(), null,
        backendArgs)) {
      startups.add(serve.startupSeconds());
      String base = "http://127.0.0.1:" + serve.port();
      AtomicReference<String> firstError = new AtomicReference<>();
      int most = clients.stream().mapToInt(Integer::intValue).max().orElse(1);
      measure(base, mix, most, warmupSeconds, firstError);
      Map<Integer, Latency> byClients = new LinkedHashMap<>();
      for (int n : clients) {
        byClients.put(n, measure(base, mix, n, durationSeconds, firstError));
      }
      // Memory after the search run, as the issue asks: the live heap first, then what the process holds.
      Long heap = serve.heapAfterGc();
      Long rss = serve.rssAnon();
      return new Result(List.copyOf(startups), byClients, heap, rss, firstError.get());
    }
  }

  private static Latency measure(String base, List<BenchQuery> mix, int clients, double seconds,
      AtomicReference<String> firstError) throws IOException {
    List<URI> uris = mix.stream().map(q -> URI.create(base + q.pathAndQuery())).toList();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Histogram> histograms = new ArrayList<>();
    long[] errors = new long[clients];
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Histogram micros = Latency.newHistogram();
      histograms.add(micros);
      int client = c;
      threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() ->
          errors[client] = client(uris, client, end, micros, firstError)));
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while clients ran", e);
      }
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    Histogram all = Latency.newHistogram();
    histograms.forEach(all::add);
    long errorCount = 0;
    for (long e : errors) {
      errorCount += e;
    }
    return Latency.of(all, errorCount, elapsed);
  }

  /** One client: its own connection, the mix from its own offset so clients do not move in lockstep. */
  private static long client(List<URI> uris, int offset, long end, Histogram micros,
      AtomicReference<String> firstError) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    long errors = 0;
    int i = offset * 7;
    long now = System.nanoTime();
    while (now < end) {
      URI uri = uris.get(i++ % uris.size());
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
          errors++;
          firstError.compareAndSet(null, r.statusCode() + " for " + uri + ": " + new String(r.body(),
              java.nio.charset.StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        errors++;
        firstError.compareAndSet(null, e + " for " + uri);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return errors + 1;
      }
      now = System.nanoTime();
      micros.recordValue(Math.min((now - t0) / 1000, micros.getHighestTrackableValue()));
    }
    http.close();
    return errors;
  }
}
