package wjw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.store.FSDirectory;
import wjw.analysis.LiteralAnalyzer;
import wjw.index.BrokenIndexException;
import wjw.index.Catalog;
import wjw.index.DimensionFields;
import wjw.index.IndexManifest;
import wjw.index.IndexStore;

/**
 * One complete index generation opened for reading, with its catalog of articles and officials.
 * Reference-counted through the reader, so a request that acquired it finishes on it even after a
 * newer generation has been swapped in; the catalog closes with the last reference.
 */
final class IndexSnapshot {
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  /**
   * Searches of one request run on all cores (a request rarely has the machine to itself, but when it
   * does, the heavy ones finish in about 1/cores of the time); shared by all snapshots.
   */
  private static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(CORES, runnable -> {
    Thread t = new Thread(runnable, "wjw-search");
    t.setDaemon(true);
    return t;
  });

  /** Builds what a generation needs after it opens (its completions), off the thread that opens it. */
  private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(runnable -> {
    Thread t = new Thread(runnable, "wjw-snapshot-background");
    t.setDaemon(true);
    return t;
  });

  final Path generation;
  final DirectoryReader reader;
  /** For lookups by id and highlighting: no time limit. */
  final IndexSearcher searcher;
  final IndexManifest manifest;
  final Catalog catalog;
  /**
   * Search-box completions of this generation (see {@link Suggester}), built on a thread of their own
   * {@link #SUGGESTER_PAUSE_MS} after it opens, or when first asked for: the build reads the whole term
   * dictionary, which grows with the corpus, and must not delay the first searches. A completion asked for
   * before the build is done waits for it.
   */
  private final CompletableFuture<Suggester> suggester = new CompletableFuture<>();
  private final AtomicBoolean suggesterStarted = new AtomicBoolean();
  /**
   * How long after a generation opens its completions' build starts unasked: past a server's start and first
   * answers (the first answer came 3–4 s after launch at 1M statements here, docs/performance.md), soon enough that
   * the search box has them before most people type.
   */
  private static final long SUGGESTER_PAUSE_MS = 3_000;
  /** Counts and ranked hits of the searches this generation has answered. */
  final ResultCache results = new ResultCache();
  /**
   * The hit lists' highlighter, one per generation (it is thread-safe): it merges the segments' field infos on first
   * use and keeps them, which a highlighter per request did on every page (about a tenth of a cached search's CPU).
   */
  final Passages sentences;
  /** The generation's paragraph vectors; null when it was built without them. */
  final VectorSnapshot vectors;

  private IndexSnapshot(Path generation, DirectoryReader reader, IndexManifest manifest, Catalog catalog,
      VectorSnapshot vectors) throws IOException {
    this.generation = generation;
    this.reader = reader;
    this.searcher = newSearcher(reader);
    this.sentences = Passages.sentences(searcher, new LiteralAnalyzer());
    this.manifest = manifest;
    this.catalog = catalog;
    this.vectors = vectors; // before the build below, whose release may be the last
    // Started when a completion is first asked for, or after a pause: not while the first searches after start-up
    // (class loading, JIT, the query analysis warm-up) need both cores.
    CompletableFuture.delayedExecutor(SUGGESTER_PAUSE_MS, TimeUnit.MILLISECONDS).execute(this::startSuggesterBuild);
  }

  /**
   * Builds the completions on the background thread, once. A generation already closed (only its own reference
   * left, or none) builds nothing: a test JVM opens hundreds of generations, whose builds would queue.
   */
  private void startSuggesterBuild() {
    if (!suggesterStarted.compareAndSet(false, true)) {
      return;
    }
    if (!reader.tryIncRef()) { // the build's own reference: a refresh meanwhile must not close the reader under it
      suggester.complete(null);
      return;
    }
    BACKGROUND.execute(() -> {
      try {
        // only the build's own reference left: the generation was closed while this waited for the thread
        suggester.complete(reader.getRefCount() <= 1 ? null : Suggester.build(reader, catalog.officials()));
      } catch (IOException e) {
        suggester.completeExceptionally(
            new UncheckedIOException("building the search-box completions of " + generation + " failed", e));
      } catch (RuntimeException e) {
        suggester.completeExceptionally(e);
      } finally {
        releaseQuietly();
      }
    });
  }

  /** The completions, once built (starting the build, or waiting for it, when asked for before it is done). */
  Suggester suggester() {
    startSuggesterBuild();
    Suggester built;
    try {
      built = suggester.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    if (built == null) {
      throw new IllegalStateException("index generation " + generation.getFileName() + " was closed");
    }
    return built;
  }

  /** Gives back the build's reference; the last one closes the catalog, as {@link #release()} does. */
  private void releaseQuietly() {
    try {
      release();
    } catch (IOException e) {
      // closing a generation already replaced: nothing waits on it
    }
  }

  /** Opens a complete generation; a {@link BrokenIndexException} says what is wrong with one that is not. */
  static IndexSnapshot open(Path generation) throws IOException {
    IndexManifest manifest = IndexStore.readManifest(generation);
    DirectoryReader reader = openReader(generation);
    // A cheap whole-index check: segments lost or swapped show up as a count the manifest does not know.
    if (reader.numDocs() != manifest.statements()) {
      int found = reader.numDocs();
      reader.close();
      throw new BrokenIndexException("index " + generation.getParent() + " is broken: " + generation.getFileName()
          + " holds " + found + " statements but its manifest says " + manifest.statements(), true);
    }
    String schema = DimensionFields.schemaProblem(reader);
    if (schema != null) {
      reader.close();
      throw new BrokenIndexException("index " + generation.getParent() + " cannot be searched by this version: "
          + generation.getFileName() + "'s " + schema, true);
    }
    Catalog catalog;
    try {
      catalog = Catalog.open(generation);
    } catch (BrokenIndexException e) {
      reader.close();
      throw e;
    }
    VectorSnapshot vectors = null;
    try {
      vectors = VectorSnapshot.openIfPresent(generation);
      return new IndexSnapshot(generation, reader, manifest, catalog, vectors);
    } catch (IOException | RuntimeException e) {
      reader.close();
      catalog.close();
      if (vectors != null) {
        vectors.close();
      }
      throw e;
    }
  }

  private static IndexSearcher newSearcher(DirectoryReader reader) {
    return CORES == 1 ? new IndexSearcher(reader) : new SlicedSearcher(reader);
  }

  /** Cuts the index into one slice per core, splitting large segments, so a request keeps every core busy. */
  private static class SlicedSearcher extends IndexSearcher {
    SlicedSearcher(DirectoryReader reader) {
      super(reader, CORES == 1 ? null : SEARCH_THREADS);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
      int perSlice = (int) Math.max(1, (docs + CORES - 1) / CORES);
      return slices(leaves, perSlice, Integer.MAX_VALUE, true);
    }
  }

  /**
   * A searcher for one request that scores each slice in short runs of documents and stops between
   * runs once {@code stop} says so. Lucene's own time limit ({@link IndexSearcher#setTimeout})
   * checks between runs that grow by half each time, up to about a third of a slice, so a heavy
   * query may go on long past its deadline, or past its client's departure, between two checks.
   * Runs here are sized by time, not by documents (a run of sloppy phrases costs a thousand times
   * what a run of one word costs): each aims at {@link #RUN_NANOS}. This is
   * {@link IndexSearcher#searchLeaf} with such runs.
   */
  static final class RequestSearcher extends SlicedSearcher {
    /** Time one run of scoring aims at: how late a stop may be noticed, and small against the per-run cost. */
    static final long RUN_NANOS = 5_000_000;
    private static final int FIRST_RUN = 256;
    private static final int MIN_RUN = 8;
    private static final int MAX_RUN = 1 << 16;
    private final QueryTimeout stop;
    private volatile boolean stopped;

    RequestSearcher(DirectoryReader reader, QueryTimeout stop) {
      super(reader);
      this.stop = stop;
    }

    @Override
    protected void searchLeaf(LeafReaderContext leaf, int minDocId, int maxDocId, Weight weight, Collector collector)
        throws IOException {
      if (stop.shouldExit()) {
        stopped = true; // not even the scorers: building 200 of them for a segment is work too
        return;
      }
      LeafCollector leafCollector;
      try {
        leafCollector = collector.getLeafCollector(leaf);
      } catch (@SuppressWarnings("unused") CollectionTerminatedException e) {
        return; // no document of this segment is of interest
      }
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        supplier.setTopLevelScoringClause();
        BulkScorer scorer = supplier.bulkScorer();
        Bits live = leaf.reader().getLiveDocs();
        int run = FIRST_RUN;
        try {
          // score() returns the next candidate at or after the run's end, so empty stretches are skipped
          for (int doc = minDocId; doc < maxDocId; ) {
            if (stop.shouldExit()) {
              stopped = true;
              break;
            }
            long started = System.nanoTime();
            doc = scorer.score(leafCollector, live, doc, (int) Math.min((long) doc + run, maxDocId));
            long took = System.nanoTime() - started;
            run = took < RUN_NANOS / 2 ? Math.min(run * 2, MAX_RUN) : took > RUN_NANOS * 2 ? Math.max(run / 2, MIN_RUN) : run;
          }
        } catch (@SuppressWarnings("unused") CollectionTerminatedException e) {
          // the collector has all it wants from this segment
        }
      }
      leafCollector.finish();
    }

    /** True when collection stopped before the end: hits, total and facets cover only what was searched. */
    boolean stoppedEarly() {
      return stopped;
    }
  }

  /** A searcher of its own for one request, which stops collecting once {@code stop} says so. */
  RequestSearcher searcherWithin(QueryTimeout stop) {
    return new RequestSearcher(reader, stop);
  }

  private static DirectoryReader openReader(Path generation) throws BrokenIndexException {
    FSDirectory dir = null;
    try {
      dir = FSDirectory.open(generation);
      return DirectoryReader.open(dir);
    } catch (IOException | RuntimeException e) {
      // Lucene checks the commit's checksum and every file's header and footer on open: a deleted,
      // truncated or foreign file fails here rather than in the middle of a search.
      closeQuietly(dir);
      throw BrokenIndexException.unreadable(generation, e);
    }
  }

  private static void closeQuietly(FSDirectory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException e) {
        // already failing with a better message
      }
    }
  }

  /** Takes a reference; false if this snapshot was already closed by a refresh. */
  boolean tryAcquire() {
    return reader.tryIncRef();
  }

  void release() throws IOException {
    reader.decRef();
    if (reader.getRefCount() == 0) {
      catalog.close();
      if (vectors != null) {
        vectors.close();
      }
    }
  }
}
