package wjw.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import wjw.ingest.ArticleReader;
import wjw.ingest.corrections.Corrections;
import wjw.ingest.corrections.CorrectionsException;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

/**
 * The statements of a corpus (id and text), read once through {@link ArticleReader} as a reindex reads them and
 * written to a file, so {@link ReferenceIndexer} can time its writing in one stretch without holding a large corpus
 * in memory. Entries are taken back in order, from any thread.
 */
final class StatementSpool implements Closeable {
  /** One statement as the reference indexes it. */
  record Entry(String id, String text) {}

  /** What was spooled: statements and their text's UTF-8 size (the bench's MB/s). */
  record Written(int statements, long textBytes) {}

  private final DataInputStream in;

  private StatementSpool(DataInputStream in) {
    this.in = in;
  }

  /** Reads every article file of {@code corpusDir} (with its corrections) and spools its statements to {@code file}. */
  static Written write(Path corpusDir, Path file) throws IOException {
    ArticleReader reader = new ArticleReader().withCorrections(corrections(corpusDir));
    int statements = 0;
    long textBytes = 0;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      for (Path page : ArticleReader.articleFiles(corpusDir)) {
        for (Statement s : read(reader, page).statements()) {
          byte[] text = s.text().getBytes(StandardCharsets.UTF_8);
          out.writeUTF(s.id());
          out.writeInt(text.length);
          out.write(text);
          statements++;
          textBytes += text.length;
        }
      }
    }
    return new Written(statements, textBytes);
  }

  static StatementSpool open(Path file) throws IOException {
    return new StatementSpool(new DataInputStream(new BufferedInputStream(Files.newInputStream(file))));
  }

  /** The next statement, or null after the last. */
  Entry next() throws IOException {
    String id;
    byte[] text;
    synchronized (this) {
      try {
        id = in.readUTF();
      } catch (EOFException end) {
        return null;
      }
      text = new byte[in.readInt()];
      in.readFully(text);
    }
    return new Entry(id, new String(text, StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static Corrections corrections(Path corpusDir) throws IOException {
    try {
      return Corrections.beside(corpusDir);
    } catch (CorrectionsException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The article in {@code file}; a file the reader rejects is an IOException naming it. */
  static Article read(ArticleReader reader, Path file) throws IOException {
    try {
      return reader.read(file).article();
    } catch (BadArticleException e) {
      throw new IOException(file + ": " + e.reason(), e);
    }
  }
}
