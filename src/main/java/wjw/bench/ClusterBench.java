package wjw.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wjw.index.ReindexException;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.ingest.decode.ArticleDecoder;
import wjw.opensearch.ClusterCheck;
import wjw.opensearch.ClusterConnection;
import wjw.opensearch.ClusterTarget;
import wjw.opensearch.OpenSearchService;
import wjw.search.LuceneSearchService;
import wjw.search.SearchResult;
import wjw.search.SearchService;

/**
 * The OpenSearch side of {@code bench --opensearch}: the same corpus reindexed into the cluster, the same query mix
 * compared with the embedded index's answers and then timed in-process and over HTTP through
 * {@code serve --opensearch}. Its figures carry the embedded ones' sections and names, so the report sets them
 * side by side; the comparison adds its own.
 */
final class ClusterBench {
  private static final double MIB = 1024.0 * 1024.0;

  /** The figures, and notes for the report. */
  record Result(List<Figure> figures, List<String> notes) {}

  /**
   * {@code embedded} is the embedded reindex's figures, null when the bench searched an index already built;
   * {@code embeddedStatements} what the embedded index holds either way.
   */
  Result run(BenchOptions options, ClusterRun cluster, int embeddedStatements, IndexingResult embedded,
      List<BenchQuery> mix, PrintWriter progress) throws IOException, ReindexException {
    List<Figure> f = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (ClusterConnection connection = ClusterConnection.open(cluster.settings())) {
      var status = ClusterCheck.verify(connection);
      notes.add("opensearch: " + status.version() + ", " + status.nodes() + " node(s), " + cluster.describe());

      progress.println("opensearch: reindex into " + cluster.describe());
      progress.flush();
      ClusterTarget target = new ClusterTarget(connection, cluster.names(), cluster.shards(), cluster.replicas(),
          line -> {
            progress.println("opensearch: " + line);
            progress.flush();
          });
      TimedReindex reindex = TimedReindex.run(new Reindexer(options.corpusDir(), target, ArticleDecoder.DEFAULT_MAX_BYTES));
      ReindexReport report = reindex.report();
      double seconds = reindex.seconds();
      long peakAfterGc = reindex.peakAfterGc();
      f.add(Figure.info("indexing", "reindex wall time", seconds, "s"));
      f.add(Figure.info("indexing", "reindex statements/s", report.statements() / seconds, "/s"));
      if (embedded != null) {
        f.add(Figure.info("indexing", "reindex text MB/s", embedded.textBytes() / 1e6 / seconds, "MB/s"));
      }
      f.add(Figure.info("indexing", "reindex peak heap after GC", peakAfterGc / MIB, "MiB"));
      f.add(Figure.atLeast("indexing", "statements indexed / embedded", (double) report.statements()
          / embeddedStatements, "x", 1.0));

      try (SearchService lucene = LuceneSearchService.open(options.indexDir());
          OpenSearchService service = OpenSearchService.open(ClusterConnection.open(cluster.settings()),
              cluster.names(), LuceneSearchService.DEFAULT_TIME_LIMIT, cluster.scoring())) {
        compare(lucene, service, mix, f);
        progress.printf("opensearch: search in-process, %s s warm-up + %s s%n", BenchReport.format(options.warmupSeconds()),
            BenchReport.format(options.durationSeconds()));
        progress.flush();
        Latency local = new SearchBench().run(service, mix, options.warmupSeconds(), options.durationSeconds()).latency();
        Bench.addLatency(f, "in-process", local, null, null);
      }

      progress.printf("opensearch: search over HTTP (serve --opensearch) with %s clients%n", options.clients());
      progress.flush();
      HttpBench.Result http = new HttpBench().run(options.indexDir(), options.corpusDir(),
          options.work().resolve("opensearch"), mix, options.clients(), options.warmupSeconds(),
          options.durationSeconds(), cluster.serveArgs());
      for (Map.Entry<Integer, Latency> e : http.byClients().entrySet()) {
        Bench.addLatency(f, "http c=" + e.getKey(), e.getValue(), null, null);
        f.add(Figure.atMost("http c=" + e.getKey(), "errors", (double) e.getValue().errors(), "", 0));
      }
      if (http.firstError() != null) {
        notes.add("opensearch: first HTTP error: " + http.firstError());
      }
      f.add(Figure.info("serve", "launch to first answer", http.startupSeconds(), "s"));
      f.add(Figure.info("serve", "heap after GC", http.heapAfterGc() == null ? null : http.heapAfterGc() / MIB, "MiB"));
      f.add(Figure.info("serve", "RssAnon", http.rssAnon() == null ? null : http.rssAnon() / MIB, "MiB"));
      var stats = connection.client().indices().stats(s -> s.index(cluster.names().statements(), cluster.names().catalog()));
      f.add(Figure.info("serve", "index size on disk", stats.all().primaries().store().sizeInBytes() / 1e6, "MB"));
    }
    return new Result(f, notes);
  }

  /**
   * The mix on both backends: equal totals and facets for every query (a target: all), and how many first pages
   * come in the same order (the scoring decides that; see {@link wjw.opensearch.Scoring}).
   */
  private static void compare(SearchService lucene, SearchService cluster, List<BenchQuery> mix, List<Figure> f) {
    int equal = 0;
    int sameOrder = 0;
    for (BenchQuery q : mix) {
      SearchResult a = lucene.search(q.request());
      SearchResult b = cluster.search(q.request());
      if (a.total() == b.total() && a.facets().equals(b.facets())) {
        equal++;
      }
      if (a.hits().stream().map(h -> h.id()).toList().equals(b.hits().stream().map(h -> h.id()).toList())) {
        sameOrder++;
      }
    }
    f.add(Figure.atLeast("equivalence", "queries with the embedded total and facets", (double) equal, "",
        mix.size()));
    f.add(Figure.info("equivalence", "first pages in the embedded order", (double) sameOrder, ""));
    f.add(Figure.info("equivalence", "queries in the mix", (double) mix.size(), ""));
  }
}
