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
import wjw.ingest.corrections.Corrections;
import wjw.ingest.corrections.CorrectionsException;
import wjw.ingest.model.Article;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;

class CorrectionsTest {
  private static final String ID_2026 = "000_d51fea8ea64b6d2e";
  private static final String ID_2024 = "002_10f19fc5a49f6661";
  // Tianjin's (王栩冬) last two paragraphs: one source line each, printed under 天津's header, nothing displaced.
  private static final String LINE_50 = "统筹推动人口高质量发展。优化生育支持和激励政策，发展普惠托育和托幼一体化服务，建设生育友好型社会。"
      + "满足“一老一小”、妇女等重点人群健康需求，扎实开展“健康体重管理年”“儿科和精神卫生服务年”行动，"
      + "实施好康复护理扩容提升工程，增强全方位全周期健康管理能力。";
  private static final String LINE_52 = "扎实做好为民服务实事。聚焦解决人民群众看病就医难题，围绕在健康管理、重点人群保障、基层能力建设等关键领域，"
      + "补短板、强弱项、优布局，细化、简化16项为民服务实事举措；加强党的全面领导，持续推进全面从严治党，"
      + "不断增强群众卫生健康获得感、幸福感、安全感。";
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
  void seedPageAsSegmentedPutsTheExampleParagraphsUnderTianjin() {
    Statement tianjin = statementWith(page2026, "扎实做好为民服务实事");
    assertEquals("天津市", tianjin.province());
    assertEquals(List.of(new Official("王栩冬", "党委书记、主任")), tianjin.officials());
    List<Paragraph> ps = tianjin.paragraphs();
    assertEquals(List.of(LINE_50, LINE_52), ps.subList(ps.size() - 2, ps.size()).stream().map(Paragraph::text).toList());
    assertEquals(List.of(List.of(50), List.of(52)),
        ps.subList(ps.size() - 2, ps.size()).stream().map(Paragraph::lines).toList());
    assertTrue(ps.subList(ps.size() - 2, ps.size()).stream()
        .allMatch(p -> p.attribution().rule().equals(Attribution.POSITIONAL)), "printed under 天津's header");
  }

  @Test
  void moveByParagraphStartAppendsToTheTargetAndRecordsTheCorrection() throws Exception {
    Corrections.Applied applied = corrections(
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"扎实做好为民服务实事\", \"to\": \"张波\"},"
            + " \"note\": \"belongs with 张波's 为民服务实事\"}")
        .apply(page2026);
    assertEquals(List.of(), applied.warnings());
    Article a = applied.article();
    Statement zhangBo = statementOf(a, "张波");
    assertEquals(statementOf(page2026, "张波").paragraphs().size() + 1, zhangBo.paragraphs().size());
    Paragraph last = zhangBo.paragraphs().get(zhangBo.paragraphs().size() - 1);
    assertEquals(LINE_52, last.text());
    assertEquals(List.of(52), last.lines());
    assertEquals(new Attribution(Attribution.CORRECTION, "curator correction #1: belongs with 张波's 为民服务实事",
        Attribution.HIGH), last.attribution());
    assertTrue(statementOf(a, "张波").text().contains("细化、简化16项为民服务实事举措"));
    Statement tianjin = a.statements().get(1);
    assertEquals("天津市", tianjin.province());
    assertTrue(tianjin.paragraphs().stream().noneMatch(p -> p.text().startsWith("扎实做好为民服务实事")));
    assertEquals(page2026.statements().get(1).paragraphs().size() - 1, tianjin.paragraphs().size());
    SourceLine line52 = a.lines().stream().filter(l -> l.number() == 52).findFirst().orElseThrow();
    assertEquals(zhangBo.id(), line52.statementId());
    // everything else is untouched
    assertEquals(page2026.statements().size(), a.statements().size());
    assertEquals(page2026.year(), a.year());
  }

  @Test
  void moveAfterAParagraphOfTheTarget() throws Exception {
    Article a = corrections("{\"article\": \"" + ID_2026
        + "\", \"move\": {\"paragraph\": \"扎实做好为民服务实事\", \"to\": \"张波\", \"after\": \"在深化医药卫生体制改革\"}}")
        .apply(page2026).article();
    List<Paragraph> ps = statementOf(a, "张波").paragraphs();
    int anchor = -1;
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).text().startsWith("在深化医药卫生体制改革")) {
        anchor = i;
      }
    }
    assertTrue(anchor >= 0);
    assertTrue(anchor + 2 < ps.size(), "the anchor is not the target's last paragraph");
    assertEquals(LINE_52, ps.get(anchor + 1).text());
    assertTrue(ps.get(anchor + 2).text().startsWith("在优化提升为民服务实事"), "the next paragraph follows the moved one");
    assertEquals("curator correction #1: moved to 张波's statement (paragraph starting 扎实做好为民服务实事)",
        ps.get(anchor + 1).attribution().evidence());
  }

  @Test
  void moveByLinesTakesEveryParagraphWithALineInTheRange() throws Exception {
    Corrections.Applied applied = corrections(
        "{\"article\": \"" + ID_2026 + ".txt\", \"move\": {\"lines\": [50, 52], \"to\": \"张波\"}}").apply(page2026);
    assertEquals(List.of(), applied.warnings());
    Statement zhangBo = statementOf(applied.article(), "张波");
    List<Paragraph> ps = zhangBo.paragraphs();
    assertEquals(statementOf(page2026, "张波").paragraphs().size() + 2, ps.size());
    List<Paragraph> moved = ps.subList(ps.size() - 2, ps.size());
    assertEquals(List.of(LINE_50, LINE_52), moved.stream().map(Paragraph::text).toList(), "both, in page order");
    assertEquals(List.of(List.of(50), List.of(52)), moved.stream().map(Paragraph::lines).toList());
    assertTrue(moved.stream().allMatch(p -> p.attribution().rule().equals(Attribution.CORRECTION)));
    assertEquals("curator correction #1: moved to 张波's statement (lines 50-52)", moved.get(0).attribution().evidence());
    assertEquals(page2026.statements().get(1).paragraphs().size() - 2,
        statementOf(applied.article(), "王栩冬").paragraphs().size());
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
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"扎实做好为民服务实事\", \"to\": \"王五\"}}",
        "{\"article\": \"" + ID_2026 + "\", \"official\": \"李四\", \"title\": \"主任\"}",
        "{\"article\": \"" + ID_2026 + "\", \"move\": {\"paragraph\": \"扎实做好为民服务实事\", \"to\": \"张波\", \"after\": \"没有这段\"}}",
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
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"paragraph\": \"扎实\", \"lines\": [1, 2], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move\" needs exactly one of \"paragraph\" or \"lines\"",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"paragraph\": \"扎实\"}}]}` | corrections.json #1: missing \"move.to\"",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"paragraph\": \"扎实\", \"to\": \"张波\", \"before\": \"x\"}}]}`"
          + " | corrections.json #1: unknown key \"move.before\"",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"lines\": [52], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move.lines\" must be [first, last], two line numbers, got [52]",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"lines\": [\"50\", 52], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move.lines\" must be [first, last], two line numbers",
      "`{\"corrections\": [{\"article\": \"a\", \"move\": {\"lines\": [52, 50], \"to\": \"张波\"}}]}`"
          + " | corrections.json #1: \"move.lines\" must be [first, last] with 1 <= first <= last, got [52,50]",
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
