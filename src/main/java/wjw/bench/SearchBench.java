package wjw.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import wjw.search.LuceneSearchService;
import wjw.search.SearchService;

/**
 * Steps 3 and 4: opens the index through the search service (no HTTP), builds the query mix from
 * it, warms up, then runs the mix round-robin on one thread for the duration; the same for a given
 * service and mix (the OpenSearch side of {@code bench --opensearch}), and with the results cache off.
 */
final class SearchBench {

  /** The mix and the in-process latency it gave. */
  record Result(List<BenchQuery> mix, Latency latency) {}

  Result run(Path indexDir, double warmupSeconds, double durationSeconds) throws IOException {
    try (SearchService service = LuceneSearchService.open(indexDir)) {
      return run(service, QueryMix.build(service), warmupSeconds, durationSeconds);
    }
  }

  /**
   * The mix on a service that keeps no results ({@link LuceneSearchService#withoutResultCache()}): every search pays
   * what a query's first search pays, as when nobody asked it before in this index generation.
   */
  Latency runUncached(Path indexDir, List<BenchQuery> mix, double warmupSeconds, double durationSeconds)
      throws IOException {
    try (SearchService service = LuceneSearchService.open(indexDir).withoutResultCache()) {
      return run(service, mix, warmupSeconds, durationSeconds).latency();
    }
  }

  /** The given mix on {@code service} (of any backend): warm-up, then the measurement. */
  Result run(SearchService service, List<BenchQuery> mix, double warmupSeconds, double durationSeconds) {
    // Every query of the mix must be valid: a rejected one would be measured as a fast error.
    for (BenchQuery q : mix) {
      service.search(q.request());
    }
    loop(service, mix, warmupSeconds, null);
    Histogram micros = Latency.newHistogram();
    long[] errors = new long[1];
    double seconds = loop(service, mix, durationSeconds, micros, errors);
    return new Result(mix, Latency.of(micros, errors[0], seconds));
  }

  private static void loop(SearchService service, List<BenchQuery> mix, double seconds, Histogram micros) {
    loop(service, mix, seconds, micros, new long[1]);
  }

  /** Runs the mix until {@code seconds} have passed; returns the seconds actually spent. */
  private static double loop(SearchService service, List<BenchQuery> mix, double seconds, Histogram micros,
      long[] errors) {
    long started = System.nanoTime();
    long end = started + (long) (seconds * 1e9);
    int i = 0;
    long now = started;
    while (now < end) {
      BenchQuery q = mix.get(i++ % mix.size());
      long t0 = System.nanoTime();
      try {
        if (service.search(q.request()).hits() == null) {
          errors[0]++;
        }
      } catch (RuntimeException e) {
        errors[0]++;
      }
      now = System.nanoTime();
      if (micros != null) {
        micros.recordValue(Math.min((now - t0) / 1000, micros.getHighestTrackableValue()));
      }
    }
    return (now - started) / 1e9;
  }
}
