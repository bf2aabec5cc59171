package wjw.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import wjw.ingest.ArticleReader;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

/** The paragraphs of a folder of pages as the segmenter cuts them today, by {@link ParagraphId}. */
public final class SeedParagraphs {
  private SeedParagraphs() {}

  /** Every paragraph of every {@code .txt} page in {@code folder}, files in name order, in reading order. */
  public static Map<String, String> read(Path folder) {
    Map<String, String> paragraphs = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Article article = new ArticleReader().read(file).article();
        for (Statement s : article.statements()) {
          for (int i = 0; i < s.paragraphs().size(); i++) {
            paragraphs.put(new ParagraphId(s.id(), i).toString(), s.paragraphs().get(i).text());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadArticleException e) {
      throw new IllegalStateException(folder + ": " + e.getMessage(), e);
    }
    return paragraphs;
  }
}
