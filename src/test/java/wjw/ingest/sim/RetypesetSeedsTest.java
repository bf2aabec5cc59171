package wjw.ingest.sim;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wjw.ingest.ArticleReader;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;

/**
 * Issue 10's finish line: the two real seed pages, their headers re-typeset in every family (and their captions
 * letter-spaced where the family pads names), segment to the same statements, officials, organisations, provinces,
 * paragraphs and attributions as the pages as printed. Each family is tried in {@link #VARIANTS} random variants;
 * the re-typeset pages are written to {@code target/retypeset/<family>/} for {@code wjw-search segment}.
 */
class RetypesetSeedsTest {
  static final int VARIANTS = 4;

  @ParameterizedTest
  @EnumSource(HeaderTypesetter.Family.class)
  void seedsRetypesetSegmentAsPrinted(HeaderTypesetter.Family family) throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (Path file : List.of(SeedTruth.SEED_2026, SeedTruth.SEED_2024)) {
      Article original = new ArticleReader().read(file).article();
      String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
      for (int variant = 1; variant <= VARIANTS; variant++) {
        Retypeset page = retypeset(original, lines, new HeaderTypesetter(family, new Random(variant * 31L + family.ordinal())));
        Path out = write(family, variant, file, page.text);
        Article again = new Segmenter().segment(file.getFileName().toString(), page.text);
        String where = family + " variant " + variant + " (" + out + ")";
        checks.add(() -> compare(original, again, page.oldLineOf, where));
      }
    }
    assertAll(checks);
  }

  /** A re-typeset page and, for each of its line numbers, the line number it had as printed. */
  private record Retypeset(String text, Map<Integer, Integer> oldLineOf) {}

  private static Retypeset retypeset(Article original, String[] lines, HeaderTypesetter typesetter) {
    List<Official> officials = original.statements().stream().flatMap(s -> s.officials().stream()).toList();
    List<String> organizations = original.statements().stream()
        .flatMap(s -> s.officials().stream().map(o -> s.organization())).toList();
    Map<Integer, LineRole> roles = new HashMap<>();
    Map<Integer, String> printed = new HashMap<>();
    for (SourceLine l : original.lines()) {
      roles.put(l.number(), l.role());
      printed.put(l.number(), l.text());
    }
    List<String> out = new ArrayList<>();
    Map<Integer, Integer> oldLineOf = new HashMap<>();
    int header = 0;
    for (int n = 1; n <= lines.length; n++) {
      LineRole role = roles.get(n);
      if (role == LineRole.HEADER) {
        int k = header++;
        for (String line : typesetter.header(organizations.get(k), officials.get(k), k + 1)) {
          out.add(line);
          oldLineOf.put(out.size(), n);
        }
      } else {
        out.add(role == LineRole.CAPTION ? typesetter.caption(printed.get(n)) : lines[n - 1]);
        oldLineOf.put(out.size(), n);
      }
    }
    return new Retypeset(String.join("\n", out), oldLineOf);
  }

  private static void compare(Article original, Article again, Map<Integer, Integer> oldLineOf, String where) {
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(original.headline(), again.headline(), where + ": headline"));
    checks.add(() -> assertEquals(original.lead(), again.lead(), where + ": lead"));
    checks.add(() -> assertEquals(original.year(), again.year(), where + ": year"));
    checks.add(() -> assertEquals(original.reporters(), again.reporters(), where + ": reporters"));
    checks.add(() -> assertEquals(original.statements().size(), again.statements().size(), where + ": statements"));
    for (int i = 0; i < Math.min(original.statements().size(), again.statements().size()); i++) {
      Statement a = original.statements().get(i);
      Statement b = again.statements().get(i);
      String who = where + ", statement " + (i + 1);
      checks.add(() -> assertEquals(names(a), names(b), who + ": officials"));
      checks.add(() -> assertEquals(titles(a), titles(b), who + ": titles"));
      checks.add(() -> assertEquals(a.organization(), b.organization(), who + ": organization"));
      checks.add(() -> assertEquals(a.province(), b.province(), who + ": province"));
      checks.add(() -> assertEquals(texts(a), texts(b), who + ": paragraphs"));
      checks.add(() -> assertEquals(a.paragraphs().stream().map(Paragraph::lines).toList(),
          b.paragraphs().stream().map(p -> p.lines().stream().map(oldLineOf::get).toList()).toList(),
          who + ": paragraphs' source lines"));
      checks.add(() -> assertEquals(attributions(a), attributions(b), who + ": attributions"));
    }
    assertAll(checks);
  }

  private static List<String> names(Statement s) {
    return s.officials().stream().map(Official::name).toList();
  }

  /** Titles as printed may join their parts with 、，or ,: the same title. */
  private static List<String> titles(Statement s) {
    return s.officials().stream().map(o -> o.title().replaceAll("[，,]", "、")).toList();
  }

  private static List<String> texts(Statement s) {
    return s.paragraphs().stream().map(Paragraph::text).toList();
  }

  /** Rule and confidence: the evidence names line numbers, which re-typesetting shifts. */
  private static List<String> attributions(Statement s) {
    return s.paragraphs().stream().map(p -> p.attribution().rule() + "/" + p.attribution().confidence()).toList();
  }

  private static Path write(HeaderTypesetter.Family family, int variant, Path seed, String text) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "retypeset", family.name().toLowerCase()));
    String name = seed.getFileName().toString().replace(".txt", "-" + variant + ".txt");
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
