package wjw.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wjw.index.IndexStore;
import wjw.index.ReindexException;

/**
 * The whole bench, step by step: corpus, indexing, in-process search, HTTP search with the
 * server's footprint and startup; gathers every figure with its target into a {@link BenchReport}.
 */
public final class Bench {
  private static final double MIB = 1024.0 * 1024.0;
  /**
   * The targets are for 100k and 1M statements: up to this size (100k and the generator's slack, well
   * short of 1M) the 100k ones apply — 1 client p50 <= 3 ms, 8 clients p99 <= 40 ms — above it the 1M ones,
   * 10 ms and 60 ms.
   */
  private static final int SMALL_CORPUS = 200_000;

  private Bench() {}

  /** Runs every step; progress lines go to {@code progress} (stderr for the command, so --json stays clean). */
  public static BenchReport run(BenchOptions options, PrintWriter progress) throws IOException, ReindexException {
    return run(options, null, progress);
  }

  /**
   * As {@link #run(BenchOptions, PrintWriter)}, and with {@code cluster} (null: none) the same corpus and mix on
   * that OpenSearch cluster afterwards ({@link ClusterBench}), reported beside the embedded figures.
   */
  public static BenchReport run(BenchOptions options, ClusterRun cluster, PrintWriter progress)
      throws IOException, ReindexException {
    String startedAt = Instant.now().toString();
    Files.createDirectories(options.work());
    GeneratedCorpus corpus = BenchCorpus.prepare(options, progress);

    IndexingResult indexing = null;
    List<String> notes = new ArrayList<>();
    if (options.index() != null && new IndexStore(options.indexDir()).current().isPresent()) {
      progress.printf("indexing: not measured, searching the index already in %s%n", options.indexDir());
      notes.add("indexing not measured: the index already in " + options.indexDir() + " was searched");
    } else {
      progress.println("indexing: warm-up over a sample, then reindex, then the bare Lucene reference");
      progress.flush();
      indexing = new IndexingBench().run(options.corpusDir(), options.indexDir(), options.referenceDir(),
          options.warmupDir());
    }
    IndexStore store = new IndexStore(options.indexDir());
    Path generation = store.current()
        .orElseThrow(() -> new IOException("no live index generation in " + options.indexDir()));
    long indexBytes = BenchFiles.size(generation);
    int statements = indexing != null ? indexing.statements() : IndexStore.readManifest(generation).statements();

    progress.printf("search: in-process, %s s warm-up + %s s%n", BenchReport.format(options.warmupSeconds()),
        BenchReport.format(options.durationSeconds()));
    progress.flush();
    SearchBench.Result inProcess = new SearchBench().run(options.indexDir(), options.warmupSeconds(),
        options.durationSeconds());
    progress.printf("search: in-process, results cache off, %s s warm-up + %s s%n",
        BenchReport.format(options.warmupSeconds()), BenchReport.format(options.durationSeconds()));
    progress.flush();
    Latency uncached = new SearchBench().runUncached(options.indexDir(), inProcess.mix(), options.warmupSeconds(),
        options.durationSeconds());

    progress.printf("search: over HTTP with %s clients%n", options.clients());
    progress.flush();
    HttpBench.Result http = new HttpBench().run(options.indexDir(), options.corpusDir(), options.work(),
        inProcess.mix(), options.clients(), options.warmupSeconds(), options.durationSeconds());

    notes.add("launch to first answer: the median of " + http.startups().size() + " starts, "
        + http.startups().stream().map(s -> String.format(java.util.Locale.ROOT, "%.2f", s)).toList() + " s");
    if (http.firstError() != null) {
      notes.add("first HTTP error: " + http.firstError());
    }
    if (http.heapAfterGc() == null) {
      notes.add("serve heap after GC unavailable: needs jcmd in " + Path.of(System.getProperty("java.home"), "bin"));
    }
    if (http.rssAnon() == null) {
      notes.add("RssAnon unavailable: needs Linux /proc");
    }
    List<Figure> figures = figures(options, corpus, statements, indexing, indexBytes, inProcess.latency(), uncached,
        http);
    List<Figure> opensearch = List.of();
    if (cluster != null) {
      ClusterBench.Result side = new ClusterBench().run(options, cluster, statements, indexing, inProcess.mix(),
          progress);
      opensearch = side.figures();
      notes.addAll(side.notes());
    }
    return new BenchReport(startedAt, System.getProperty("java.vm.name") + " " + Runtime.version(),
        Runtime.getRuntime().availableProcessors(), options.seed(), corpus.articles(), statements,
        options.durationSeconds(), options.warmupSeconds(), options.clients(), figures, opensearch,
        inProcess.mix().stream().map(BenchQuery::describe).toList(), notes);
  }

  private static List<Figure> figures(BenchOptions options, GeneratedCorpus corpus, int statements, IndexingResult ix,
      long indexBytes, Latency local, Latency uncached, HttpBench.Result http) {
    List<Figure> f = new ArrayList<>();
    f.add(Figure.info("corpus", "articles", (double) corpus.articles(), ""));
    f.add(Figure.info("corpus", "statements", (double) statements, ""));
    if (ix != null) {
      indexingFigures(f, ix);
    }
    searchFigures(f, options, statements, local, http);
    // What a query costs the first time it is asked in a generation: the figures above repeat the mix, so after the
    // first round its totals, facets and ranked hits come from the results cache (docs/performance.md).
    addLatency(f, "uncached", uncached, null, null);
    f.add(Figure.info("serve", "index size on disk", indexBytes / 1e6, "MB"));
    return f;
  }

  private static void indexingFigures(List<Figure> f, IndexingResult ix) {
    f.add(Figure.info("corpus", "statement text", ix.textBytes() / 1e6, "MB"));

    f.add(Figure.info("indexing", "reindex wall time", ix.reindexSeconds(), "s"));
    f.add(Figure.info("indexing", "reindex statements/s", ix.reindexPerSecond(), "/s"));
    f.add(Figure.info("indexing", "reindex text MB/s", ix.reindexMbPerSecond(), "MB/s"));
    f.add(Figure.atMost("indexing", "reindex peak heap after GC", ix.reindexPeakHeapAfterGc() / MIB, "MiB", 1024));
    f.add(Figure.info("indexing", "reindex peak heap used (sampled)", ix.reindexPeakHeap() / MIB, "MiB"));
    f.add(Figure.info("indexing", "reference wall time (" + ix.referenceThreads() + " threads)",
        ix.referenceSeconds(), "s"));
    f.add(Figure.info("indexing", "reference statements/s", ix.referencePerSecond(), "/s"));
    f.add(Figure.info("indexing", "reference text MB/s", ix.referenceMbPerSecond(), "MB/s"));
    f.add(Figure.atLeast("indexing", "reindex / reference throughput", ix.ratio(), "x", 0.90));
  }

  private static void searchFigures(List<Figure> f, BenchOptions options, int statements, Latency local,
      HttpBench.Result http) {

    addLatency(f, "in-process", local, null, null);
    for (Map.Entry<Integer, Latency> e : http.byClients().entrySet()) {
      int clients = e.getKey();
      boolean small = statements <= SMALL_CORPUS;
      Double p50Target = clients == 1 ? (small ? 3.0 : 10.0) : null;
      Double p99Target = clients == 8 ? (small ? 40.0 : 60.0) : null;
      addLatency(f, "http c=" + clients, e.getValue(), p50Target, p99Target);
      f.add(Figure.atMost("http c=" + clients, "errors", (double) e.getValue().errors(), "", 0));
    }
    Latency one = http.byClients().get(1);
    if (one != null) {
      f.add(Figure.atMost("http c=1", "p50 / in-process p50", one.p50Ms() / local.p50Ms(), "x", 1.5));
    }

    f.add(Figure.atMost("serve", "launch to first answer", http.startupSeconds(), "s", 2));
    f.add(Figure.atMost("serve", "heap after GC", mib(http.heapAfterGc()), "MiB", 512));
    f.add(Figure.atMost("serve", "RssAnon", mib(http.rssAnon()), "MiB", 1024));
  }

  static void addLatency(List<Figure> f, String section, Latency l, Double p50Target, Double p99Target) {
    f.add(p50Target == null ? Figure.info(section, "p50", l.p50Ms(), "ms")
        : Figure.atMost(section, "p50", l.p50Ms(), "ms", p50Target));
    f.add(Figure.info(section, "p95", l.p95Ms(), "ms"));
    f.add(p99Target == null ? Figure.info(section, "p99", l.p99Ms(), "ms")
        : Figure.atMost(section, "p99", l.p99Ms(), "ms", p99Target));
    f.add(Figure.info(section, "max", l.maxMs(), "ms"));
    f.add(Figure.info(section, "queries/s", l.perSecond(), "/s"));
  }

  private static Double mib(Long bytes) {
    return bytes == null ? null : bytes / MIB;
  }
}
