package wjw.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import wjw.index.Catalog;
import wjw.index.IndexManifest;
import wjw.index.IndexStore;

/**
 * One complete index generation opened for reading, with its catalog of articles and officials.
 * Reference-counted through the reader, so a request that acquired it finishes on it even after a
 * newer generation has been swapped in; the catalog closes with the last reference.
 */
final class IndexSnapshot {
  final Path generation;
  final DirectoryReader reader;
  final IndexSearcher searcher;
  final IndexManifest manifest;
  final Catalog catalog;

  private IndexSnapshot(Path generation, DirectoryReader reader, IndexManifest manifest, Catalog catalog) {
    this.generation = generation;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.manifest = manifest;
    this.catalog = catalog;
  }

  static IndexSnapshot open(Path generation) throws IOException {
    IndexManifest manifest = IndexStore.readManifest(generation);
    Catalog catalog = Catalog.open(generation);
    try {
      DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation));
      return new IndexSnapshot(generation, reader, manifest, catalog);
    } catch (IOException | RuntimeException e) {
      catalog.close();
      throw e;
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
