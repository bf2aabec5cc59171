package wjw.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import wjw.index.Reindexer;
import wjw.index.StatementDocument;
import wjw.ingest.Segmenter;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

/**
 * The bare reference for the indexing figures: a plain IndexWriter loop over statements segmented
 * beforehand, with our documents, analyzers and writer settings, so that whatever {@code reindex}
 * spends beyond it is our overhead. Only the writing is timed, up to the closed index.
 */
final class ReferenceIndexer {
  /**
   * Statements are segmented in batches of about this much text so a 1M-statement corpus need not
   * sit in memory at once; merges running on while the next batch is segmented are not timed,
   * which favours the reference slightly.
   */
  private static final long BATCH_CHARS = 64L * 1024 * 1024;

  private final int threads;

  ReferenceIndexer(int threads) {
    this.threads = threads;
  }

  /** What one run measured. */
  record Result(int statements, long textBytes, double seconds) {}

  Result run(Path corpusDir, Path indexDir) throws IOException {
    List<Path> files = articleFiles(corpusDir);
    // Same writer configuration as Reindexer: default RAM buffer and merge policy, CREATE.
    // The same settings as a reindex (RAM buffer included): the ratio must compare like with like.
    IndexWriterConfig config = Reindexer.writerConfig();
    BenchFiles.delete(indexDir);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long timedNanos = 0;
    int statements = 0;
    long textBytes = 0;
    try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
      int next = 0;
      while (next < files.size()) {
        List<Article> batch = new ArrayList<>();
        long chars = 0;
        Segmenter segmenter = new Segmenter();
        while (next < files.size() && chars < BATCH_CHARS) {
          Article article = segment(segmenter, files.get(next++));
          batch.add(article);
          for (Statement s : article.statements()) {
            chars += s.text().length();
            textBytes += s.text().getBytes(StandardCharsets.UTF_8).length;
            statements++;
          }
        }
        long started = System.nanoTime();
        write(pool, writer, batch, next - batch.size());
        timedNanos += System.nanoTime() - started;
      }
      long started = System.nanoTime();
      writer.commit();
      // Closing waits for merges still running, as the reindex's close does: both end with a finished index.
      writer.close();
      timedNanos += System.nanoTime() - started;
    } finally {
      pool.shutdownNow();
    }
    return new Result(statements, textBytes, timedNanos / 1e9);
  }

  /** {@code threads} workers take articles from a shared cursor, as evenly as the articles allow. */
  private void write(ExecutorService pool, IndexWriter writer, List<Article> batch, int firstPage) throws IOException {
    AtomicInteger cursor = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        for (int i = cursor.getAndIncrement(); i < batch.size(); i = cursor.getAndIncrement()) {
          Article article = batch.get(i);
          int ordinal = 0;
          for (Statement statement : article.statements()) {
            writer.addDocument(StatementDocument.of(statement, article, firstPage + i, ordinal++));
          }
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("reference indexing failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private static Article segment(Segmenter segmenter, Path file) throws IOException {
    try {
      return segmenter.segment(file.getFileName().toString(), ArticleDecoder.decode(file).text());
    } catch (BadArticleException e) {
      throw new IOException(file + ": " + e.reason(), e);
    }
  }

  static List<Path> articleFiles(Path corpusDir) throws IOException {
    try (Stream<Path> list = Files.list(corpusDir)) {
      return list.filter(p -> {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"));
      }).sorted().toList();
    }
  }
}
