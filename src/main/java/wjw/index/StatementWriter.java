package wjw.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

/**
 * Writes articles' statements into a new generation's Lucene index, one document per statement in the schema of
 * {@link Fields} ({@link StatementDocument}), with the writer settings of a reindex. {@link Reindexer} writes every
 * generation through it. Articles may be added from several threads at once.
 */
final class StatementWriter implements Closeable {
  /** Indexing buffer: large enough for few flushes, small enough for the 1 GB heap target. */
  static final double RAM_BUFFER_MB = 128;
  private final FSDirectory directory;
  private final IndexWriter writer;

  private StatementWriter(FSDirectory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** A writer of a new index in {@code dir}, replacing any index there; nothing is visible before {@link #commit}. */
  static StatementWriter create(Path dir) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    try {
      IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(RAM_BUFFER_MB);
      // No index sort by rank: sorting every flushed and merged segment cost a fifth to a quarter of a reindex's wall
      // time (docs/performance.md, "Runs of record without the index sort") for deep browse pages a few ms faster;
      // ties and the browse order come from the rank's doc values (ParsedQuery's sorts), with the same answers.
      return new StatementWriter(directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Adds every statement of {@code article}.
   *
   * @param page the article's position among the files of the index (sorted by name): with the statement's place
   *     on its page, it orders statements of one year as printed
   */
  void add(Article article, int page) throws IOException {
    int ordinal = 0;
    for (Statement statement : article.statements()) {
      writer.addDocument(StatementDocument.of(statement, article, page, ordinal++));
    }
  }

  /**
   * Makes everything added so far durable and visible to readers opened afterwards; the buffers still
   * in memory are first written on every core ({@link ParallelFlush}) rather than one after the other
   * by the commit.
   */
  void commit() throws IOException {
    ParallelFlush.run(writer, Runtime.getRuntime().availableProcessors());
    writer.commit();
  }

  /** Drops everything added since the last commit and closes the writer. */
  void rollback() throws IOException {
    writer.rollback();
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(writer, directory); // the directory is closed even if the writer's close fails
  }
}
