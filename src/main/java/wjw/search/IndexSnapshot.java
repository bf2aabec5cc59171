package wjw.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import wjw.index.BrokenIndexException;
import wjw.index.Catalog;
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

  final Path generation;
  final DirectoryReader reader;
  /** For lookups by id and highlighting: no time limit. */
  final IndexSearcher searcher;
  final IndexManifest manifest;
  final Catalog catalog;
  /** Search-box completions of this generation, built as it opens (see {@link Suggester}). */
  final Suggester suggester;

  private IndexSnapshot(Path generation, DirectoryReader reader, IndexManifest manifest, Catalog catalog)
      throws IOException {
    this.generation = generation;
    this.reader = reader;
    this.searcher = newSearcher(reader);
    this.manifest = manifest;
    this.catalog = catalog;
    this.suggester = Suggester.build(reader, catalog.officials());
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
    Catalog catalog;
    try {
      catalog = Catalog.open(generation);
    } catch (BrokenIndexException e) {
      reader.close();
      throw e;
    }
    try {
      return new IndexSnapshot(generation, reader, manifest, catalog);
    } catch (IOException | RuntimeException e) {
      reader.close();
      catalog.close();
      throw e;
    }
  }

  private static IndexSearcher newSearcher(DirectoryReader reader) {
    return CORES == 1 ? new IndexSearcher(reader) : new SlicedSearcher(reader);
  }

  /** Cuts the index into one slice per core, splitting large segments, so a request keeps every core busy. */
  private static final class SlicedSearcher extends IndexSearcher {
    SlicedSearcher(DirectoryReader reader) {
      super(reader, SEARCH_THREADS);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
      int perSlice = (int) Math.max(1, (docs + CORES - 1) / CORES);
      return slices(leaves, perSlice, Integer.MAX_VALUE, true);
    }
  }

  /**
   * A searcher of its own for one request, which stops collecting once {@code limit} has passed
   * ({@link IndexSearcher#timedOut()} then says the results are partial).
   */
  IndexSearcher searcherWithin(Duration limit) {
    IndexSearcher own = newSearcher(reader);
    own.setTimeout(new QueryTimeoutImpl(Math.max(0, limit.toMillis())));
    return own;
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
    }
  }
}
