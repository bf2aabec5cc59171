package wjw.ingest;

import java.nio.file.Path;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.decode.DecodedText;
import wjw.ingest.model.Article;

/** Reads one article file: decodes it with {@link ArticleDecoder} and segments it with {@link Segmenter}. */
public final class ArticleReader {
  private ArticleReader() {}

  /** Reads {@code file} with the default size limit. */
  public static Article read(Path file) throws BadArticleException {
    return read(file, ArticleDecoder.DEFAULT_MAX_BYTES);
  }

  /** Reads {@code file}, rejecting files over {@code maxBytes}. */
  public static Article read(Path file, long maxBytes) throws BadArticleException {
    DecodedText decoded = ArticleDecoder.decode(file, maxBytes);
    Path name = file.getFileName();
    return new Segmenter().segment(name == null ? file.toString() : name.toString(), decoded.text());
  }
}
