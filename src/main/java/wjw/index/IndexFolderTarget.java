package wjw.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

/** The embedded index folder as a reindex's target: a Lucene index and catalog per generation, CURRENT names the live one. */
final class IndexFolderTarget implements IndexTarget {
  private final IndexStore store;

  IndexFolderTarget(IndexStore store) {
    this.store = store;
  }

  @Override
  public Closeable lock() throws IOException, ReindexException {
    if (Files.exists(store.root()) && !Files.isDirectory(store.root())) {
      throw new ReindexException("index folder " + store.root() + " is a file, not a folder", null);
    }
    try {
      Files.createDirectories(store.root());
    } catch (IOException e) {
      throw new ReindexException("cannot create index folder " + store.root() + ": " + e.getMessage(), null);
    }
    return ReindexLock.acquire(store.root());
  }

  @Override
  public void removeLeftovers() throws IOException {
    store.deleteStaleGenerations();
  }

  @Override
  public Generation create() throws IOException {
    Path dir = store.newGeneration();
    try {
      return new FolderGeneration(dir);
    } catch (IOException | RuntimeException e) {
      IndexStore.deleteRecursively(dir);
      throw e;
    }
  }

  @Override
  public String describe() {
    return store.root().toString();
  }

  @Override
  public String describe(String generation) {
    return store.root().resolve(generation).toString();
  }

  /** A generation folder: the statements' Lucene index, the catalog beside it, the manifest written last. */
  private final class FolderGeneration implements Generation {
    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final CatalogWriter catalog;
    private boolean closed;

    FolderGeneration(Path dir) throws IOException {
      this.dir = dir;
      this.directory = FSDirectory.open(dir);
      IndexWriter w = null;
      try {
        w = new IndexWriter(directory, Reindexer.writerConfig());
        this.catalog = new CatalogWriter(dir);
      } catch (IOException | RuntimeException e) {
        if (w != null) w.close();
        directory.close();
        throw e;
      }
      this.writer = w;
    }

    @Override
    public String name() {
      return dir.getFileName().toString();
    }

    @Override
    public void add(Statement statement, Article article, int page, int ordinal) throws IOException {
      writer.addDocument(StatementDocument.of(statement, article, page, ordinal));
    }

    @Override
    public void addArticle(CatalogArticle article) throws IOException {
      catalog.add(article);
    }

    @Override
    public void publish(List<OfficialSummary> officials, IndexManifest manifest) throws IOException {
      writer.commit();
      catalog.finish(officials);
      close();
      store.publish(dir, manifest);
    }

    @Override
    public void discard() throws IOException {
      try {
        if (!closed) {
          writer.rollback();
        }
        close();
      } finally {
        IndexStore.deleteRecursively(dir);
      }
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try (FSDirectory d = directory; CatalogWriter c = catalog; IndexWriter w = writer) {
        // closed in reverse order: writer, catalog, directory
      }
    }
  }
}
