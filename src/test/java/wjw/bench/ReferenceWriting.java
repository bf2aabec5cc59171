package wjw.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

/** For the measuring tools: the reference's documents of whole articles, written as the bench's reference writes. */
final class ReferenceWriting {
  /** How an item becomes its article (already read, or read from its file while timed). */
  interface ArticleOf<T> {
    Article of(T item) throws IOException;
  }

  private ReferenceWriting() {}

  /**
   * Writes the reference documents of every item's statements into a new index in {@code indexDir} and commits; the
   * bench's reference threads take items from a shared cursor.
   */
  static <T> void eachArticle(List<T> items, ArticleOf<T> articleOf, Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    AtomicInteger cursor = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(IndexingBench.REFERENCE_THREADS);
    try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = ReferenceIndexer.openWriter(dir)) {
      new ReferenceIndexer(IndexingBench.REFERENCE_THREADS).onEveryThread(pool, () -> {
        for (int i = cursor.getAndIncrement(); i < items.size(); i = cursor.getAndIncrement()) {
          for (Statement s : articleOf.of(items.get(i)).statements()) {
            writer.addDocument(ReferenceIndexer.document(s.id(), s.text()));
          }
        }
      });
      writer.commit();
    } finally {
      pool.shutdownNow();
    }
  }
}
