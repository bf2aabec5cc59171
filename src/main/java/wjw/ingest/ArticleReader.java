package wjw.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import wjw.ingest.corrections.Corrections;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.decode.DecodedText;
import wjw.ingest.model.Article;

/**
 * The one way an article file is read: decoded ({@link ArticleDecoder}), segmented ({@link Segmenter}) and corrected
 * ({@link Corrections}). {@code reindex}, {@code segment}, the bench and the tests all read pages through it, and
 * {@link #articleFiles} / {@link #isArticleName} say which files are articles. Thread-safe: one reader serves every
 * thread.
 */
public final class ArticleReader {
  private final Segmenter segmenter;
  private final Corrections corrections;
  private final long maxBytes;

  /** A reader applying no corrections, rejecting files over {@link ArticleDecoder#DEFAULT_MAX_BYTES}. */
  public ArticleReader() {
    this(Corrections.none(), ArticleDecoder.DEFAULT_MAX_BYTES);
  }

  /** A reader applying {@code corrections}, rejecting files over {@code maxBytes} (at least 1). */
  public ArticleReader(Corrections corrections, long maxBytes) {
    this(new Segmenter(), corrections, maxBytes);
  }

  private ArticleReader(Segmenter segmenter, Corrections corrections, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the size limit must be at least 1 byte, got " + maxBytes);
    }
    this.segmenter = segmenter;
    this.corrections = corrections;
    this.maxBytes = maxBytes;
  }

  /** The same reader applying other corrections. */
  public ArticleReader withCorrections(Corrections other) {
    return new ArticleReader(segmenter, other, maxBytes);
  }

  /** Reads {@code file}; a file that is no page (missing, too large, empty, binary, undecodable) is rejected. */
  public ArticleFile read(Path file) throws BadArticleException {
    DecodedText decoded = ArticleDecoder.decode(file, maxBytes);
    Path name = file.getFileName();
    Article segmented = segmenter.segment(name == null ? file.toString() : name.toString(), decoded.text());
    Corrections.Applied applied = corrections.apply(segmented);
    return new ArticleFile(applied.article(), decoded.charset(), decoded.note(), applied.warnings());
  }

  /**
   * Whether a file of this name is an article: {@code *.txt} and {@code *.md} in any letter case ({@code .TXT} from
   * a Windows export too), and not hidden (a leading dot: editors' and the system's own files).
   */
  public static boolean isArticleName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return !lower.startsWith(".") && (lower.endsWith(".txt") || lower.endsWith(".md"));
  }

  /**
   * The article files directly in {@code folder} ({@link #isArticleName}), sorted by name: the order they are read
   * in.
   */
  public static List<Path> articleFiles(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName() != null && isArticleName(p.getFileName().toString())).sorted().toList();
    }
  }
}
