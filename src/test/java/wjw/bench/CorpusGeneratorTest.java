package wjw.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.Official;
import wjw.ingest.model.Statement;

/** The scale-corpus generator: same seed, same bytes; pages the segmenter reads exactly as they were laid out. */
class CorpusGeneratorTest {
  private static final Path SEEDS = Path.of("seeds");

  @TempDir Path dir;

  @Test
  void sameSeedWritesByteIdenticalFiles() throws IOException {
    GeneratedCorpus a = new CorpusGenerator(SEEDS, 42).write(dir.resolve("a"), 60);
    GeneratedCorpus b = new CorpusGenerator(SEEDS, 42).write(dir.resolve("b"), 60);
    assertEquals(a, b);
    List<String> names = fileNames(dir.resolve("a"));
    assertEquals(60, names.size());
    assertEquals("gen-000001.txt", names.get(0));
    assertEquals("gen-000060.txt", names.get(59));
    assertEquals(names, fileNames(dir.resolve("b")));
    long bytes = 0;
    for (String name : names) {
      byte[] x = Files.readAllBytes(dir.resolve("a").resolve(name));
      assertArrayEquals(x, Files.readAllBytes(dir.resolve("b").resolve(name)), name);
      bytes += x.length;
    }
    assertEquals(a.bytes(), bytes);
    assertNotEquals(new CorpusGenerator(SEEDS, 42).page(1).text(), new CorpusGenerator(SEEDS, 43).page(1).text());
  }

  @Test
  void segmenterFindsExactlyTheStatementsAndOfficialsWritten() {
    assertSegmentedAsWritten(new CorpusGenerator(SEEDS, 7));
  }

  /**
   * Place-heavy pages: a third of the sentences name another province than their speaker's. Those mentions are
   * not evidence of whose a paragraph is, so every statement stays with the official it was printed under.
   */
  @Test
  void placeHeavyPagesNameOtherProvincesAndSegmentAsWritten() {
    CorpusGenerator generator = new CorpusGenerator(SEEDS, 7, 0.3);
    int naming = 0;
    int paragraphs = 0;
    for (int n = 1; n <= 120; n++) {
      GeneratedPage page = generator.page(n);
      for (Statement s : new Segmenter().segment(page.fileName(), page.text()).statements()) {
        for (var p : s.paragraphs()) {
          paragraphs++;
          String own = s.province().substring(0, 2);
          naming += CorpusGenerator.MAINLAND.stream()
              .anyMatch(o -> !o.name().startsWith(own) && p.text().contains(o.shortName())) ? 1 : 0;
        }
      }
    }
    assertTrue(naming > paragraphs / 4, naming + " of " + paragraphs + " paragraphs name another province");
    assertSegmentedAsWritten(generator);
    assertNotEquals(new CorpusGenerator(SEEDS, 7).page(1).text(), generator.page(1).text());
  }

  private static void assertSegmentedAsWritten(CorpusGenerator generator) {
    Segmenter segmenter = new Segmenter();
    int captionsInsideSplits = 0;
    for (int n = 1; n <= 120; n++) {
      GeneratedPage page = generator.page(n);
      Article article = segmenter.segment(page.fileName(), page.text());
      String where = page.fileName() + "\n" + page.text();
      assertEquals(page.year(), article.year(), where);
      assertEquals(1, article.reporters().size() > 0 ? 1 : 0, "byline found: " + where);
      List<Statement> found = article.statements();
      assertEquals(page.statements().size(), found.size(), where);
      for (int k = 0; k < found.size(); k++) {
        PlannedStatement planned = page.statements().get(k);
        assertEquals(planned.province(), found.get(k).province(), where);
        assertEquals(planned.officials(), found.get(k).officials(), where);
        assertFalse(found.get(k).paragraphs().isEmpty(), where);
      }
      captionsInsideSplits += page.text().contains("\n\n\n\n") ? 1 : 0;
    }
    assertTrue(captionsInsideSplits > 0, "some captions are printed inside split sentences");
  }

  @Test
  void officialsKeepTheirNamePerProvinceAndYearAcrossPages() {
    CorpusGenerator generator = new CorpusGenerator(SEEDS, 7);
    Map<String, String> directorOf = new HashMap<>();
    Set<String> provinces = new HashSet<>();
    Set<String> titles = new HashSet<>();
    int recurring = 0;
    for (int n = 1; n <= 300; n++) {
      GeneratedPage page = generator.page(n);
      assertTrue(page.year() >= 2015 && page.year() <= 2026, "year " + page.year());
      for (PlannedStatement s : page.statements()) {
        provinces.add(s.province());
        for (Official o : s.officials()) {
          titles.add(o.title());
          if (o.title().endsWith("主任") && !o.title().equals("副主任")) {
            String previous = directorOf.putIfAbsent(s.province() + page.year(), o.name());
            assertTrue(previous == null || previous.equals(o.name()), s.province() + page.year());
            recurring += previous == null ? 0 : 1;
          }
        }
      }
    }
    assertEquals(31, provinces.size(), "every mainland province");
    assertEquals(Set.of("党组书记、主任", "党委书记", "主任", "副主任"), titles);
    assertTrue(recurring > 100, "directors recur across pages: " + recurring);
  }

  @Test
  void articlesForGivesAboutTheRequestedStatements() {
    CorpusGenerator generator = new CorpusGenerator(SEEDS, 3);
    int wanted = 2_000;
    int pages = CorpusGenerator.articlesFor(wanted);
    int statements = 0;
    for (int n = 1; n <= pages; n++) {
      statements += generator.page(n).statements().size();
    }
    assertTrue(Math.abs(statements - wanted) <= wanted / 10, statements + " statements on " + pages + " pages");
    assertEquals(133_333, CorpusGenerator.articlesFor(1_000_000));
    assertEquals(1, CorpusGenerator.articlesFor(1));
  }

  @Test
  void refusesANonEmptyFolderWithAClearMessage() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "keep me");
    CorpusGenerator generator = new CorpusGenerator(SEEDS, 1);
    OutputDirNotEmptyException e = assertThrows(OutputDirNotEmptyException.class, () -> generator.write(out, 3));
    assertTrue(e.getMessage().contains(out + " is not empty"), e.getMessage());
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertEquals(List.of("notes.txt"), fileNames(out));
  }

  @Test
  void replacingRemovesEarlierPagesOnly() throws IOException {
    Path out = dir.resolve("out");
    CorpusGenerator generator = new CorpusGenerator(SEEDS, 1);
    generator.write(out, 5);
    Files.writeString(out.resolve("notes.txt"), "keep me");
    GeneratedCorpus second = generator.write(out, 2, true);
    assertEquals(2, second.articles());
    assertEquals(List.of("gen-000001.txt", "gen-000002.txt", "notes.txt"), fileNames(out));
  }

  private static List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
