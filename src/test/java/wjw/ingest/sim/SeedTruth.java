package wjw.ingest.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wjw.ingest.ArticleReader;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Article;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;
import wjw.ingest.text.TextUtil;

/**
 * The correct segmentation of the two seed pages. Derived from the segmenter's positional output, then corrected by
 * hand (by source line numbers) where the 2026 page prints blocks under the wrong header; {@link SeedTruthTest} pins
 * the result so a change in the segmenter cannot silently move the truth.
 */
public final class SeedTruth {
  public static final Path SEED_2026 = Path.of("seeds", "000_d51fea8ea64b6d2e.txt");
  public static final Path SEED_2024 = Path.of("seeds", "002_10f19fc5a49f6661.txt");

  private static final String[] WORDS = {"卫生健康委员会", "卫生健康委"};

  private SeedTruth() {}

  /** Both true pages, 2026 first. */
  public static List<TruePage> pages() {
    return List.of(page2026(), page2024());
  }

  /**
   * The 2026 page: Shanxi's tail (lines 54–62) is printed after Tianjin's text and Liaoning's tail (78, 80) before
   * Liaoning's header; Beijing's line 34 ends in the open fragment 聚力 whose continuation is not on the page.
   */
  public static TruePage page2026() {
    Derived d = derive(SEED_2026);
    List<TrueStatement> statements = new ArrayList<>();
    for (TrueStatement s : d.statements) {
      List<String> names = s.names();
      if (names.equals(List.of("王栩冬"))) {
        // Tianjin ends at line 52; what follows up to its last line is Shanxi's.
        s = withParagraphs(s, s.paragraphs().stream()
            .filter(p -> p.sourceLines().stream().allMatch(n -> n <= 52)).toList());
      } else if (names.equals(List.of("张波"))) {
        // 养育负担。 (54) finishes the open 减轻家庭生育 (76).
        s = withParagraphs(s, d.paragraphs(List.of(70), List.of(72), List.of(74), List.of(76, 54),
            List.of(56), List.of(58), List.of(60), List.of(62)));
      } else if (names.equals(List.of("陈艳兰"))) {
        // 药强省建设… (78) finishes the open …中医 (92): 中医药强省.
        s = withParagraphs(s, d.paragraphs(List.of(88, 90), List.of(92, 78), List.of(80)));
      }
      statements.add(s);
    }
    return new TruePage(d.name, d.article.headline(), d.lead(), d.article.reporters(), d.article.year(), statements);
  }

  /** The 2024 page, which the positional segmentation already gets right. */
  public static TruePage page2024() {
    Derived d = derive(SEED_2024);
    return new TruePage(d.name, d.article.headline(), d.lead(), d.article.reporters(), d.article.year(),
        d.statements);
  }

  private static TrueStatement withParagraphs(TrueStatement s, List<TrueParagraph> paragraphs) {
    return new TrueStatement(s.region(), s.word(), s.officials(), paragraphs);
  }

  private static Derived derive(Path file) {
    try {
      Article article = new ArticleReader().read(file).article();
      String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
      Derived d = new Derived(file.getFileName().toString(), article, lines, new ArrayList<>());
      for (Statement s : article.statements()) {
        List<TrueParagraph> paragraphs = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) {
          paragraphs.add(d.paragraph(p.lines()));
        }
        d.statements.add(new TrueStatement(region(s.organization()), word(s.organization()), s.officials(),
            paragraphs));
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadArticleException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String word(String organization) {
    return Arrays.stream(WORDS).filter(organization::endsWith).findFirst().orElseThrow();
  }

  private static String region(String organization) {
    return organization.substring(0, organization.length() - word(organization).length());
  }

  /** What is read from one seed file. */
  private record Derived(String name, Article article, String[] lines, List<TrueStatement> statements) {
    /** Text rebuilt from the source lines themselves, so the truth does not depend on the segmenter's joining. */
    TrueParagraph paragraph(List<Integer> numbers) {
      StringBuilder text = new StringBuilder();
      for (int n : numbers) {
        text.append(TextUtil.trim(lines[n - 1]));
      }
      return new TrueParagraph(text.toString(), numbers);
    }

    @SafeVarargs
    final List<TrueParagraph> paragraphs(List<Integer>... numbers) {
      return Arrays.stream(numbers).map(this::paragraph).toList();
    }

    List<String> lead() {
      return article.lead().isEmpty() ? List.of() : List.of(article.lead().split("\n"));
    }
  }
}
