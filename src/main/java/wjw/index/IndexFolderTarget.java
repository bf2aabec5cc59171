package wjw.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import wjw.ingest.model.Article;
import wjw.ingest.model.ArticleSummary;

/**
 * The embedded index folder as a reindex's target: a statement index, catalog and (optionally) paragraph vectors per
 * generation folder, CURRENT names the live one.
 */
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

  /** A generation folder: the statements' Lucene index, the catalog beside it, vectors, the manifest written last. */
  private final class FolderGeneration implements Generation {
    private final Path dir;
    private final StatementWriter writer;
    private final CatalogWriter catalog;
    private boolean closed;

    FolderGeneration(Path dir) throws IOException {
      this.dir = dir;
      StatementWriter w = StatementWriter.create(dir);
      try {
        this.catalog = new CatalogWriter(dir);
      } catch (IOException | RuntimeException e) {
        w.close();
        throw e;
      }
      this.writer = w;
    }

    @Override
    public String name() {
      return dir.getFileName().toString();
    }

    @Override
    public void add(Article article, int page) throws IOException {
      writer.add(article, page);
    }

    @Override
    public void addArticle(ArticleSummary article) throws IOException {
      catalog.add(article);
    }

    @Override
    public VectorReport publish(IndexManifest manifest, SemanticIndexing semantic) throws IOException {
      writer.commit();
      catalog.finish();
      close();
      // Vectors go into the generation before it is published: a failure here keeps the previous one live.
      VectorReport vectors = ParagraphVectors.build(dir, store.root(), semantic);
      store.publish(dir, manifest);
      return vectors;
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
      try (StatementWriter w = writer; CatalogWriter c = catalog) {
        // closed in reverse order: catalog, then statements
      }
    }
  }
}
