package wjw.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import wjw.index.BrokenIndexException;
import wjw.index.VectorFields;

/** A generation's paragraph-vector index opened for reading, with the model that made its vectors. */
final class VectorSnapshot implements Closeable {
  final DirectoryReader reader;
  final IndexSearcher searcher;
  final String model;
  final long paragraphs;

  private VectorSnapshot(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    Map<String, String> data = userData(reader);
    this.model = data.getOrDefault(VectorFields.MODEL, "");
    this.paragraphs = reader.numDocs();
  }

  private static Map<String, String> userData(DirectoryReader reader) {
    try {
      return reader.getIndexCommit().getUserData();
    } catch (IOException e) {
      return Map.of();
    }
  }

  /** The vectors of {@code generation}, or null when it was built without them. */
  static VectorSnapshot openIfPresent(Path generation) throws BrokenIndexException {
    Path folder = generation.resolve(VectorFields.FOLDER);
    if (!Files.isDirectory(folder)) {
      return null;
    }
    FSDirectory dir = null;
    try {
      dir = FSDirectory.open(folder);
      return new VectorSnapshot(DirectoryReader.open(dir));
    } catch (IOException | RuntimeException e) {
      if (dir != null) {
        try {
          dir.close();
        } catch (IOException ignored) {
          // already failing with a better message
        }
      }
      throw new BrokenIndexException("index " + generation.getParent() + " is broken: the paragraph vectors of "
          + generation.getFileName() + " cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          true);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
