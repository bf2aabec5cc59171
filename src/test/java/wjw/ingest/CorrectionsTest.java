package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrectionsTest {
  private static final String ID_2026 = "000_d51fea8ea64b6d2e";
  private static final String ID_2024 = "002_10f19fc5a49f6661";
  private static Article page2026;
  private static Article page2024;

  @BeforeAll
  static void segmentSeeds() throws Exception {
    page2026 = segment(ID_2026 + ".txt");
    page2024 = segment(ID_2024 + ".txt");
  }

  private static Article segment(String file) throws Exception {
    return new Segmenter().segment(file, Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8));
  }

  private static Corrections corrections(String entries) throws CorrectionsException {
    return Corrections.parse("corrections.json", "{\"corrections\": [" + entries + "]}");
  }

  private static Statement statementOf(Article a, String official) {
    return a.statements().stream()
        .filter(s -> s.officials().stream().anyMatch(o -> o.name().equals(official)))
        .findFirst().orElseThrow();
  }

  private static Statement statementWith(Article a, String paragraphStart) {
    return a.statements().stream()
        .filter(s -> s.paragraphs().stream().anyMatch(p -> p.text().startsWith(paragraphStart)))
        .findFirst().orElseThrow();
  }

  private static List<String> starts(Statement s) {
    return s.paragraphs().stream().map(p -> p.text().substring(0, Math.min(4, p.text().length()))).toList();
  }

  @Test
  void seedPageAsSegmentedPutsTheOrphanUnderTheWrongStatement() {
    assertEquals("天津市", statementWith(page2026, "养育负担").province());
  }

  @Test
  void moveByParagraphStartAppendsToTheTargetAndRecordsTheCorrection() throws Exception {
    Corrections.Applied applied = corrections(
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"养育负担\", \"to\": \"张波\"}, \"note\": \"finishes 减轻家庭生育\"}")
        .apply(page2026);
    assertEquals(List.of(), applied.warnings());
    Article a = applied.article();
    Statement zhangBo = statementOf(a, "张波");
    Paragraph last = zhangBo.paragraphs().get(zhangBo.paragraphs().size() - 1);
    assertEquals("养育负担。", last.text());
    assertEquals(List.of(54), last.lines());
    assertEquals(new Attribution(Attribution.CORRECTION, "curator correction #1: finishes 减轻家庭生育", Attribution.HIGH),
        last.attribution());
    assertTrue(statementOf(a, "张波").text().contains("养育负担"));
    Statement tianjin = a.statements().get(1);
    assertEquals("天津市", tianjin.province());
    assertTrue(tianjin.paragraphs().stream().noneMatch(p -> p.text().startsWith("养育负担")));
    assertEquals(page2026.statements().get(1).paragraphs().size() - 1, tianjin.paragraphs().size());
    SourceLine line54 = a.lines().stream().filter(l -> l.number() == 54).findFirst().orElseThrow();
    assertEquals(zhangBo.id(), line54.statementId());
    // everything else is untouched
    assertEquals(page2026.statements().size(), a.statements().size());
    assertEquals(page2026.year(), a.year());
  }

  @Test
  void moveAfterAParagraphOfTheTarget() throws Exception {
    Article a = corrections("{\"article\": \"" + ID_2026
        + "\", \"move\": {\"paragraph\": \"养育负担\", \"to\": \"张波\", \"after\": \"在落实生育支持政策\"}}")
        .apply(page2026).article();
    List<Paragraph> ps = statementOf(a, "张波").paragraphs();
    int anchor = -1;
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).text().startsWith("在落实生育支持政策")) {
        anchor = i;
      }
    }
    assertTrue(anchor >= 0);
    assertEquals("养育负担。", ps.get(anchor + 1).text());
    assertEquals("curator correction #1: moved to 张波's statement (paragraph starting 养育负担)",
        ps.get(anchor + 1).attribution().evidence());
  }

  @Test
  void moveByLinesTakesEveryParagraphWithALineInTheRange() throws Exception {
    Corrections.Applied applied = corrections(
        "{\"article\": \"" + ID_2026 + ".txt\", \"move\": {\"lines\": [53, 55], \"to\": \"张波\"}}").apply(page2026);
    assertEquals(List.of(), applied.warnings());
    Statement zhangBo = statementOf(applied.article(), "张波");
    assertEquals("养育负担。", zhangBo.paragraphs().get(zhangBo.paragraphs().size() - 1).text());
    assertEquals(Attribution.CORRECTION, zhangBo.paragraphs().get(zhangBo.paragraphs().size() - 1).attribution().rule());
  }

  @Test
  void fixesAnOfficialsNameAndTitleEverywhereInTheArticle() throws Exception {
    Corrections.Applied applied = corrections(
        "{\"article\": \"" + ID_2026 + "\", \"official\": \"崔枫\", \"name\": \"崔 枫\", \"title\": \"主任\"},"
            + "{\"article\": \"" + ID_2026 + "\", \"official\": \"张波\", \"title\": \"党组书记\"}")
        .apply(page2026);
    assertEquals(List.of(), applied.warnings());
    assertEquals(List.of(new Official("崔 枫", "主任")), statementOf(applied.article(), "崔 枫").officials());
    assertEquals(List.of(new Official("张波", "党组书记")), statementOf(applied.article(), "张波").officials());
  }

  @Test
  void setsYearDateAndSourceAndTheStatementsFollowTheYear() throws Exception {
    Corrections.Applied applied = corrections("{\"article\": \"" + ID_2024
        + ".txt\", \"set\": {\"year\": 2025, \"date\": \"2024-01-08\", \"source\": \"健康报 2024年1月8日 第5版\"}}")
        .apply(page2024);
    Article a = applied.article();
    assertEquals(List.of(), applied.warnings());
    assertEquals(2025, a.year());
    assertEquals("2024-01-08", a.date());
    assertEquals("健康报 2024年1月8日 第5版", a.source());
    assertEquals(ID_2024, a.id());
    assertTrue(a.statements().stream().allMatch(s -> s.year() == 2025));
  }

  @Test
  void correctionsForAnotherArticleLeaveThisOneAlone() throws Exception {
    Corrections c = corrections("{\"article\": \"" + ID_2024 + "\", \"set\": {\"year\": 2030}}");
    assertEquals(page2026, c.apply(page2026).article());
    assertEquals(page2026, Corrections.none().apply(page2026).article());
    assertEquals(List.of(), Corrections.none().unmatchedArticles(List.of(ID_2026)));
  }

  @Test
  void unmatchedCorrectionsAreWarningsNotErrors() throws Exception {
    Corrections c = corrections(String.join(",",
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"育儿补贴\", \"to\": \"张波\"}}",
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"养育负担\", \"to\": \"王五\"}}",
        "{\"article\": \"" + ID_2026 + "\", \"official\": \"李四\", \"title\": \"主任\"}",
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"养育负担\", \"to\": \"张波\", \"after\": \"没有这段\"}}",
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"在\", \"to\": \"张波\"}}",
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"lines\": [1000, 1010], \"to\": \"张波\"}}",
        "{\"article\": \"009_gone\", \"set\": {\"year\": 2025}}"));
    Corrections.Applied applied = c.apply(page2026);
    assertEquals(List.of(
        "corrections.json #1: no paragraph starting 育儿补贴 in " + ID_2026,
        "corrections.json #2: no official 王五 in " + ID_2026,
        "corrections.json #3: no official 李四 in " + ID_2026,
        "corrections.json #4: no paragraph starting 没有这段 in 张波's statement in " + ID_2026,
        "corrections.json #5: " + countStartingWith(page2026, "在")
            + " paragraphs start with 在 (give more characters or \"lines\") in " + ID_2026,
        "corrections.json #6: no paragraph on lines 1000-1010 in " + ID_2026), applied.warnings());
    // nothing was changed by the corrections that did not match
    assertEquals(page2026, applied.article());
    assertEquals(List.of("corrections.json #7: no article 009_gone among the articles read"),
        c.unmatchedArticles(List.of(ID_2026, ID_2024)));
  }

  private static long countStartingWith(Article a, String prefix) {
    return a.statements().stream().flatMap(s -> s.paragraphs().stream()).filter(p -> p.text().startsWith(prefix)).count();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{\"corrections\": [` | corrections.json: not valid JSON",
      "`[]` | corrections.json: must be a JSON object {\"corrections\": [...]}",
      "`{\"corrections\": [], \"extra\": 1}` | corrections.json: unknown key \"extra\"",
      "`{\"corrections\": {}}` | corrections.json: \"corrections\" must be an array, got object",
      "`{\"corrections\": [], \"corrections\": []}` | corrections.json: not valid JSON: Duplicate field 'corrections'",
      "`{\"corrections\": [\"x\"]}` | corrections.json #1: must be an object, got string",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {\"year\": 2025}}, {\"article\": \"a\", \"sett\": {}}]}`"
          + " | corrections.json #2: unknown key \"sett\"",
      "`{\"corrections\": [{\"set\": {\"year\": 2025}}]}` | corrections.json #1: missing \"article\"",
      "`{\"corrections\": [{\"article\": 7, \"set\": {\"year\": 2025}}]}` | corrections.json #1: \"article\" must be a string, got number",
      "`{\"corrections\": [{\"article\": \" \", \"set\": {\"year\": 2025}}]}` | corrections.json #1: \"article\" must not be empty",
      "`{\"corrections\": [{\"article\": \"a\"}]}` | corrections.json #1: needs one of \"move\", \"official\" or \"set\"",
      "`{\"corrections\": [{\"article\": \"a\", \"official\": \"张波\", \"title\": \"主任\", \"set\": {\"year\": 2025}}]}`"
          + " | corrections.json #1: has \"official\" and \"set\"; give one per entry",
      "`{\"corrections\": [{\"article\": \"a\", \"title\": \"主任\", \"set\": {\"year\": 2025}}]}`"
          + " | corrections.json #1: \"title\" is only allowed with \"official\"",
      "`{\"corrections\": [{\"article\": \"a\", \"official\": \"张波\"}]}` | corrections.json #1: \"official\" needs \"name\" or \"title\"",
      "`{\"corrections\": [{\"article\": \"a\", \"official\": \"张波\", \"title\": [\"主任\"]}]}`"
          + " | corrections.json #1: \"title\" must be a string, got array",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": \"张波\"}]}` | corrections.json #1: \"move\" must be an object, got string",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move\" needs exactly one of \"paragraph\" or \"lines\"",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"paragraph\": \"养育\", \"lines\": [1, 2], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move\" needs exactly one of \"paragraph\" or \"lines\"",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"paragraph\": \"养育\"}}]}` | corrections.json #1: missing \"move.to\"",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"paragraph\": \"养育\", \"to\": \"张波\", \"before\": \"x\"}}]}`"
          + " | corrections.json #1: unknown key \"move.before\"",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"lines\": [54], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move.lines\" must be [first, last], two line numbers, got [54]",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"lines\": [\"54\", 60], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move.lines\" must be [first, last], two line numbers",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"lines\": [62, 54], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move.lines\" must be [first, last] with 1 <= first <= last, got [62,54]",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {}}]}` | corrections.json #1: \"set\" needs \"year\", \"date\" or \"source\"",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {\"yaer\": 2025}}]}` | corrections.json #1: unknown key \"set.yaer\"",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {\"year\": \"2025\"}}]}` | corrections.json #1: \"set.year\" must be an integer, got string",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {\"year\": 25}}]}` | corrections.json #1: \"set.year\" must be between 1900 and 2100, got 25",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {\"date\": \"2024-02-30\"}}]}`"
          + " | corrections.json #1: \"set.date\" must be a date yyyy-MM-dd, got \"2024-02-30\"",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {\"date\": \"2024/1/8\"}}]}`"
          + " | corrections.json #1: \"set.date\" must be a date yyyy-MM-dd, got \"2024/1/8\"",
      "`{\"corrections\": [{\"article\": \"a\", \"set\": {\"source\": 5}}]}` | corrections.json #1: \"set.source\" must be a string, got number",
  })
  void malformedFilesAreRefusedWithTheEntryAndTheProblem(String json, String expected) {
    CorrectionsException e = assertThrows(CorrectionsException.class, () -> Corrections.parse("corrections.json", json));
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
  }

  @Test
  void loadNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corrections.json");
    Files.writeString(file, "{\"corrections\": [{\"article\": \"" + ID_2026 + "\", \"set\": {\"date\": \"2026-1-5\"}}]}");
    CorrectionsException e = assertThrows(CorrectionsException.class, () -> Corrections.load(file));
    assertEquals("corrections.json #1: \"set.date\" must be a date yyyy-MM-dd, got \"2026-1-5\"", e.getMessage());
    Files.writeString(file, "{\"corrections\": [{\"article\": \"" + ID_2026 + "\", \"set\": {\"date\": \"2026-01-05\"}}]}");
    Corrections c = Corrections.load(file);
    assertEquals(1, c.list().size());
    assertEquals("2026-01-05", c.apply(page2026).article().date());
    CorrectionsException missing = assertThrows(CorrectionsException.class, () -> Corrections.load(dir.resolve("nope.json")));
    assertTrue(missing.getMessage().startsWith("nope.json: cannot read"), missing.getMessage());
  }

  @Test
  void emptyListIsValid() throws Exception {
    Corrections c = Corrections.parse("corrections.json", "{\"corrections\": []}");
    assertEquals(page2026.statements().size(), c.apply(page2026).article().statements().size());
  }
}
