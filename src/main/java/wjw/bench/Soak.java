package wjw.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import wjw.index.ReindexException;
import wjw.index.Reindexer;
import wjw.search.LuceneSearchService;
import wjw.search.SearchService;

/**
 * {@code bench --soak}: {@code serve} in a child process on loopback with an admin token, the query
 * mix from N clients for a fixed time with a POST /api/reindex every period, and at the end of each
 * row the server's heap after a forced GC, open file descriptors and mapped index files. Everything
 * stops by itself at the end time; the verdict says whether anything failed or grew.
 */
public final class Soak {
  private static final double MIB = 1024.0 * 1024.0;

  private Soak() {}

  /** Runs the soak; progress lines (one per row) go to {@code progress}. */
  public static SoakReport run(BenchOptions corpusOptions, SoakOptions options, PrintWriter progress)
      throws IOException, ReindexException, InterruptedException {
    String startedAt = Instant.now().toString();
    GeneratedCorpus corpus = BenchCorpus.prepare(corpusOptions, progress);
    if (!Reindexer.hasIndex(corpusOptions.indexDir())) {
      progress.printf("soak: indexing %s%n", corpusOptions.corpusDir());
      progress.flush();
      new Reindexer(corpusOptions.corpusDir(), corpusOptions.indexDir()).run(true);
    }
    List<BenchQuery> mix;
    try (SearchService service = LuceneSearchService.open(corpusOptions.indexDir())) {
      mix = QueryMix.build(service);
    }
    // A fresh token per run, handed over in the environment: the soak needs no configuration.
    String token = UUID.randomUUID().toString();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<SoakRow> rows = new ArrayList<>();
    try (ServeProcess serve = ServeProcess.start(corpusOptions.indexDir(), corpusOptions.corpusDir(),
        corpusOptions.work(), mix.get(0).pathAndQuery(), token)) {
      String base = "http://127.0.0.1:" + serve.port();
      List<URI> uris = mix.stream().map(q -> URI.create(base + q.pathAndQuery())).toList();
      warmUp(uris, options.clients(), corpusOptions.warmupSeconds(), progress);

      progress.printf(Locale.ROOT, "soak: %s min at %d clients, reindex every %s s%n",
          BenchReport.format(options.minutes()), options.clients(), BenchReport.format(options.reindexEverySeconds()));
      progress.flush();
      long start = System.nanoTime();
      long end = start + (long) (options.seconds() * 1e9);
      SoakClients clients = new SoakClients(firstError);
      ReindexLoop reindexes = new ReindexLoop(firstError);
      clients.start(uris, options.clients());
      int due = ReindexLoop.due(options.seconds(), options.reindexEverySeconds());
      reindexes.start(URI.create(base + "/api/reindex"), token, start, options.reindexEverySeconds(), due, end);
      try {
        for (int row = 1; row <= options.rows(); row++) {
          long rowEnd = Math.min(end, start + (long) (row * options.rowSeconds() * 1e9));
          sleepUntil(rowEnd);
          boolean last = row == options.rows();
          // the row's latencies end here; the last row also takes what the clients do until they stop
          SoakClients.Interval load = last ? null : clients.take();
          // Read between reindexes (one in flight is waited for) with the clients still sending, in
          // the last row too: every row is measured in the same state, so first and last compare.
          ServerState state;
          reindexes.pause();
          long readAt = System.nanoTime();
          try {
            state = ServerState.read(serve, corpusOptions.indexDir());
          } finally {
            reindexes.resume();
          }
          if (last) {
            clients.join();
            rowEnd = System.nanoTime();
            reindexes.join();
            load = clients.take();
          }
          rows.add(row(load, reindexes.take(), state, (rowEnd - start) / 1e9, (readAt - start) / 1e9));
          progress.println("soak: " + describe(rows.get(rows.size() - 1)));
          progress.flush();
        }
      } finally {
        // also on an error: no client thread outlives the soak
        clients.join();
      }
    }
    List<String> notes = new ArrayList<>();
    if (firstError.get() != null) {
      notes.add("first failure: " + firstError.get());
    }
    notes.add("heap after GC is read after a forced full GC (jcmd GC.run) at each row's end, while the load goes on");
    return new SoakReport(startedAt, System.getProperty("java.vm.name") + " " + Runtime.version(),
        Runtime.getRuntime().availableProcessors(), corpus.statements(), options, List.copyOf(rows),
        SoakVerdict.judge(rows, ReindexLoop.due(options.seconds(), options.reindexEverySeconds())), notes);
  }

  /** The same load, unmeasured, so the first row is not the JIT's warm-up. */
  private static void warmUp(List<URI> uris, int clients, double seconds, PrintWriter progress)
      throws InterruptedException {
    if (seconds <= 0) {
      return;
    }
    progress.printf(Locale.ROOT, "soak: %s s warm-up%n", BenchReport.format(seconds));
    progress.flush();
    SoakClients warm = new SoakClients(new AtomicReference<>());
    warm.start(uris, clients);
    sleepUntil(System.nanoTime() + (long) (seconds * 1e9));
    warm.join();
  }

  /** The server's heap after a forced GC, open descriptors and mapped index files at one moment. */
  private record ServerState(Long heapAfterGc, Long openFiles, Long mappedIndexFiles) {
    static ServerState read(ServeProcess serve, Path indexDir) throws IOException {
      // the quick counts first, the forced GC (a JVM attach) after
      Long openFiles = serve.openFiles();
      Long mapped = serve.mappedFiles(indexDir);
      return new ServerState(serve.heapAfterGc(), openFiles, mapped);
    }
  }

  private static SoakRow row(SoakClients.Interval load, ReindexLoop.Interval reindex, ServerState state,
      double untilSeconds, double readSeconds) {
    Histogram h = load.micros();
    return new SoakRow(untilSeconds, readSeconds, h.getTotalCount(), load.errors(), ms(h.getValueAtPercentile(50)),
        ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), reindex.done(), reindex.failed(), state.heapAfterGc(),
        state.openFiles(), state.mappedIndexFiles());
  }

  private static String describe(SoakRow r) {
    return String.format(Locale.ROOT, "until %s s: %,d requests, %d errors, p99 %s ms, %d reindexes, heap %s, %s files",
        BenchReport.format(r.untilSeconds()), r.requests(), r.errors() + r.reindexErrors(), BenchReport.format(r.p99Ms()),
        r.reindexes(), r.heapAfterGcBytes() == null ? "n/a" : BenchReport.format(r.heapAfterGcBytes() / MIB) + " MiB",
        r.openFiles() == null ? "n/a" : r.openFiles().toString());
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }

  /** Sleeps until System.nanoTime() reaches {@code nanos}. */
  static void sleepUntil(long nanos) throws InterruptedException {
    long wait;
    while ((wait = nanos - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, wait / 1_000_000));
    }
  }
}
