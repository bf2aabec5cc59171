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
import wjw.index.IndexStore;
import wjw.index.ReindexException;
import wjw.index.Reindexer;
import wjw.search.LuceneSearchService;
import wjw.search.SearchService;

/**
 * {@code bench --soak}: {@code serve} in a child process on loopback with an admin token, the query
 * mix from N clients for a fixed time with a POST /api/reindex every period, and after the warm-up
 * and at the end of each row a {@link ServerReading}. Everything stops by itself (the end time, then
 * at most a reindex in flight); the verdict says whether anything failed or grew.
 */
public final class Soak {
  private static final double MIB = 1024.0 * 1024.0;

  private Soak() {}

  /** Runs the soak; progress lines (one per row) go to {@code progress}. */
  public static SoakReport run(BenchOptions corpusOptions, SoakOptions options, PrintWriter progress)
      throws IOException, ReindexException, InterruptedException {
    String startedAt = Instant.now().toString();
    GeneratedCorpus corpus = BenchCorpus.prepare(corpusOptions, progress);
    if (new IndexStore(corpusOptions.indexDir()).current().isEmpty()) {
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
    ServerReading startReading;
    try (ServeProcess serve = ServeProcess.start(corpusOptions.indexDir(), corpusOptions.corpusDir(),
        corpusOptions.work(), mix.get(0).pathAndQuery(), token)) {
      String base = "http://127.0.0.1:" + serve.port();
      List<URI> uris = mix.stream().map(q -> URI.create(base + q.pathAndQuery())).toList();
      SoakClients clients = new SoakClients(firstError);
      ReindexLoop reindexes = new ReindexLoop(firstError);
      clients.start(uris, options.clients());
      try {
        // The same clients warm the server up and then carry on: their connections are open at
        // every reading, the start one too.
        progress.printf(Locale.ROOT, "soak: %s s warm-up%n", BenchReport.format(corpusOptions.warmupSeconds()));
        progress.flush();
        sleepUntil(System.nanoTime() + (long) (corpusOptions.warmupSeconds() * 1e9));
        startReading = ServerReading.read(serve, corpusOptions.indexDir(), 0, false);
        clients.take(); // the warm-up's latencies and errors are not the soak's
        progress.printf(Locale.ROOT, "soak: %s min at %d clients, reindex every %s s%n",
            BenchReport.format(options.minutes()), options.clients(), BenchReport.format(options.reindexEverySeconds()));
        progress.flush();
        long start = System.nanoTime();
        long end = start + (long) (options.seconds() * 1e9);
        int due = ReindexLoop.due(options.seconds(), options.reindexEverySeconds());
        reindexes.start(URI.create(base + "/api/reindex"), token, start, options.reindexEverySeconds(), due, end);
        for (int row = 1; row <= options.rows(); row++) {
          sleepUntil(Math.min(end, start + (long) (row * options.rowSeconds() * 1e9)));
          rows.add(row == options.rows()
              ? lastRow(serve, corpusOptions.indexDir(), clients, reindexes, start)
              : row(serve, corpusOptions.indexDir(), clients, reindexes, start));
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
        Runtime.getRuntime().availableProcessors(), corpus.statements(), options, startReading, List.copyOf(rows),
        SoakVerdict.judge(startReading, rows, ReindexLoop.due(options.seconds(), options.reindexEverySeconds())), notes);
  }

  /** A row on time: the load so far, the server read at once, marked when a reindex is running. */
  private static SoakRow row(ServeProcess serve, Path indexDir, SoakClients clients, ReindexLoop reindexes,
      long start) throws IOException {
    double at = (System.nanoTime() - start) / 1e9;
    SoakClients.Interval load = clients.take();
    boolean idle = reindexes.pauseIfIdle();
    ServerReading reading;
    try {
      reading = ServerReading.read(serve, indexDir, at, !idle);
    } finally {
      if (idle) {
        reindexes.resume();
      }
    }
    return row(at, load, reindexes.take(), reading);
  }

  /**
   * The last row: waits for a reindex in flight (the clients still sending), reads the server, then
   * stops the clients; so the last reading is always between reindexes and under load.
   */
  private static SoakRow lastRow(ServeProcess serve, Path indexDir, SoakClients clients, ReindexLoop reindexes,
      long start) throws IOException, InterruptedException {
    ServerReading reading;
    reindexes.pause();
    try {
      reading = ServerReading.read(serve, indexDir, (System.nanoTime() - start) / 1e9, false);
    } finally {
      reindexes.resume();
    }
    clients.join();
    double until = (System.nanoTime() - start) / 1e9;
    reindexes.join();
    return row(until, clients.take(), reindexes.take(), reading);
  }

  private static SoakRow row(double until, SoakClients.Interval load, ReindexLoop.Interval reindex,
      ServerReading reading) {
    Histogram h = load.micros();
    return new SoakRow(until, h.getTotalCount(), load.errors(), ms(h.getValueAtPercentile(50)),
        ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), reindex.done(), reindex.failed(), reading);
  }

  private static String describe(SoakRow r) {
    ServerReading s = r.server();
    return String.format(Locale.ROOT, "until %s: %,d requests, %d errors, p99 %s ms, %d reindexes, heap %s, %s files%s",
        SoakReport.clock(r.untilSeconds()), r.requests(), r.errors() + r.reindexErrors(), BenchReport.format(r.p99Ms()),
        r.reindexes(), s.heapAfterGcBytes() == null ? "n/a" : BenchReport.format(s.heapAfterGcBytes() / MIB) + " MiB",
        s.openFiles() == null ? "n/a" : s.openFiles().toString(), s.duringReindex() ? " (read during a reindex)" : "");
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
