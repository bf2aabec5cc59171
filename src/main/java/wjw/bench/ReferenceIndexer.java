package wjw.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import wjw.analysis.LiteralAnalyzer;
import wjw.analysis.WordAnalyzer;
import wjw.ingest.ArticleReader;

/**
 * The bare reference for the indexing figures: Lucene alone writing the statements of the corpus, read beforehand
 * (untimed) through {@link ArticleReader} as a reindex reads them ({@link StatementSpool}). Each statement becomes a
 * document of its id and its text in the three fields a statement's text is searched in, analysed as the product
 * analyses them: literal ({@link LiteralAnalyzer}), stored and with offsets for highlighting; words (smartcn's
 * {@link WordAnalyzer}); and the literal catch-all. That is most of what Lucene does for a statement; whatever
 * {@code reindex} spends beyond it — reading, segmenting, the stored records, facets, the headers' fields, the
 * catalog, the switch — is our overhead.
 * Built from public pieces only (the analysis stage, the reader): the bench needs nothing of the index's internals.
 * Only the writing is timed, up to the closed index.
 */
final class ReferenceIndexer {
  /**
   * The indexing buffer of a reindex (StatementWriter's): with Lucene's 16 MB default the reference flushed more
   * often and was slower, which flattered the ratio.
   */
  private static final double RAM_BUFFER_MB = 128;

  private static final String ID = "id";
  private static final String LITERAL = "literal";
  private static final String WORDS = "words";
  private static final String ANY = "any";

  /** The literal text: stored and with offsets, as a highlighter needs it; the catch-all has positions only. */
  private static final FieldType LITERAL_TYPE = literalType();

  private final int threads;

  ReferenceIndexer(int threads) {
    this.threads = threads;
  }

  /** What one run measured. */
  record Result(int statements, long textBytes, double seconds) {}

  /**
   * Reads the corpus (untimed) into a spool file of its statements beside {@code indexDir}, then times writing them
   * all, up to the closed index. The spool keeps memory flat at any corpus size, and the timed part is one stretch:
   * when the reference read its articles in batches between timed writes, the merges of one batch ran on, untimed,
   * while the next was read.
   */
  Result run(Path corpusDir, Path indexDir) throws IOException {
    BenchFiles.delete(indexDir);
    Path spoolFile = indexDir.resolveSibling(indexDir.getFileName() + ".statements");
    Files.createDirectories(spoolFile.getParent());
    try {
      StatementSpool.Written spooled = StatementSpool.write(corpusDir, spoolFile);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try (StatementSpool spool = StatementSpool.open(spoolFile)) {
        long started = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = openWriter(dir)) {
          writeAll(pool, writer, spool);
          writer.commit();
          // Closing waits for merges still running, as the reindex's close does: both end with a finished index.
        }
        return new Result(spooled.statements(), spooled.textBytes(), (System.nanoTime() - started) / 1e9);
      } finally {
        pool.shutdownNow();
      }
    } finally {
      Files.deleteIfExists(spoolFile);
    }
  }

  /** A writer of a new reference index in {@code dir}. */
  static IndexWriter openWriter(FSDirectory dir) throws IOException {
    PerFieldAnalyzerWrapper analyzers = new PerFieldAnalyzerWrapper(new LiteralAnalyzer(),
        Map.of(WORDS, WordAnalyzer.create()));
    return new IndexWriter(dir, new IndexWriterConfig(analyzers)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(RAM_BUFFER_MB));
  }

  /** The reference document of one statement. */
  static Document document(String id, String text) {
    Document doc = new Document();
    doc.add(new KeywordField(ID, id, Field.Store.YES));
    doc.add(new Field(LITERAL, text, LITERAL_TYPE));
    doc.add(new TextField(WORDS, text, Field.Store.NO));
    doc.add(new TextField(ANY, text, Field.Store.NO));
    return doc;
  }

  /** {@code threads} workers of {@code pool} take statements from {@code spool} until it is empty. */
  private void writeAll(ExecutorService pool, IndexWriter writer, StatementSpool spool) throws IOException {
    onEveryThread(pool, () -> {
      for (StatementSpool.Entry s = spool.next(); s != null; s = spool.next()) {
        writer.addDocument(document(s.id(), s.text()));
      }
    });
  }

  /** What each worker of {@link #onEveryThread} does. */
  interface Work {
    void run() throws IOException;
  }

  /** Runs {@code work} on {@code threads} workers of {@code pool} and waits for all of them. */
  void onEveryThread(ExecutorService pool, Work work) throws IOException {
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        work.run();
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IOException("reference indexing failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private static FieldType literalType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
