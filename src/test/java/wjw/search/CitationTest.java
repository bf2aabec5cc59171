package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;

/** Citations of the seeds' statements: every part from the page, the quote as printed, uncertainty said first. */
class CitationTest {
  @TempDir static Path dir;
  static LuceneSearchService service;
  static List<Statement> statements;

  @BeforeAll
  static void index() throws Exception {
    service = SeedIndex.build(dir.resolve("index"));
    statements = SeedIndex.statements();
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @Test
  void everyParagraphOfEverySeedStatementIsCitedAsPrintedWithItsSpeakerPageAndLines() {
    for (Statement s : statements) {
      StatementCitations c = service.citations(s.id()).orElseThrow();
      assertEquals(s.paragraphs().size(), c.paragraphs().size(), s.id());
      for (int i = 0; i < s.paragraphs().size(); i++) {
        Paragraph printed = s.paragraphs().get(i);
        Citation cite = c.paragraphs().get(i);
        assertEquals(printed.text(), cite.quote(), s.id() + " ¶" + (i + 1));
        assertEquals(printed.lines(), cite.lines());
        assertEquals(i + 1, cite.paragraph());
        assertTrue(cite.text().contains("“" + printed.text() + "”"), cite.text());
        assertTrue(cite.text().contains(s.organization() + s.officials().get(0).title() + s.officials().get(0).name()),
            cite.text());
        assertTrue(cite.text().contains("《健康报》") && cite.text().contains("谈" + s.year() + "年工作"), cite.text());
        assertTrue(cite.text().contains(s.articleId() + ".txt 第 " + SourceLines.ranges(printed.lines()) + " 行"),
            cite.text());
        assertEquals(printed.attribution().uncertain(), cite.uncertain(), cite.text());
        assertEquals(printed.attribution().uncertain(), cite.text().startsWith("【归属存疑"), cite.text());
      }
      assertEquals(s.text(), c.statement().quote());
      assertNull(c.statement().paragraph());
    }
  }

  @Test
  void anUncertainParagraphIsFlaggedWithItsReasonInItsOwnCitationAndTheStatements() {
    // 钟东波's 2026 statement ends mid-sentence (…建设。聚力): the segmenter keeps it in place, marked uncertain.
    StatementCitations beijing = service.citations("000_d51fea8ea64b6d2e-1").orElseThrow();
    Citation last = beijing.paragraphs().get(6);
    assertTrue(last.uncertain());
    assertTrue(last.text().startsWith("【归属存疑，引用前请核对原文：printed under the statement's header; ends mid-sentence"),
        last.text());
    assertFalse(beijing.paragraphs().get(0).uncertain());
    assertTrue(beijing.statement().uncertain());
    assertEquals(1, beijing.statement().uncertainty().size());
    assertTrue(beijing.statement().uncertainty().get(0).startsWith("第 7 段："), beijing.statement().uncertainty().get(0));
    assertTrue(beijing.statement().text().startsWith("【归属存疑，引用前请核对原文：第 7 段："));
    assertTrue(beijing.statement().text().contains("北京市卫生健康委党委书记钟东波、主任刘俊彩：“2026年是“十五五”开局之年"),
        beijing.statement().text());
  }

  @Test
  void aParagraphCitationReadsAsOneLine() {
    Citation first = service.citations("000_d51fea8ea64b6d2e-3").orElseThrow().paragraphs().get(0);
    assertEquals("山西省卫生健康委党组书记、主任张波：“" + first.quote() + "”（《健康报》，谈2026年工作（出版日期未录入），"
        + "《以人为本 健康优先》；000_d51fea8ea64b6d2e.txt 第 " + SourceLines.ranges(first.lines()) + " 行，第 1 段）",
        first.text());
  }

  @Test
  void aPrintedSourceRecordedByACuratorIsCitedInsteadOfTheFileAndNewspaper(@TempDir Path tmp) throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.copy(SeedIndex.SEEDS.resolve("002_10f19fc5a49f6661.txt"), seeds.resolve("002_10f19fc5a49f6661.txt"));
    Files.writeString(seeds.resolve("corrections.json"), """
        {"corrections": [{"article": "002_10f19fc5a49f6661",
          "set": {"date": "2024-01-08", "source": "健康报 2024年1月8日 第5版"}, "note": "from the printed page"}]}
        """);
    try (LuceneSearchService curated = SeedIndex.build(seeds, tmp.resolve("index"))) {
      Citation c = curated.citations("002_10f19fc5a49f6661-3").orElseThrow().paragraphs().get(0);
      assertNull(c.newspaper());
      assertEquals("2024-01-08", c.date());
      assertEquals("健康报 2024年1月8日 第5版", c.source());
      assertTrue(c.text().contains("”（健康报 2024年1月8日 第5版，《步伐坚实 坚持以人民为中心》；文件 002_10f19fc5a49f6661 第 "),
          c.text());
    }
  }

  @Test
  void noCitationForAnUnknownStatement() {
    assertTrue(service.citations("no-such-statement").isEmpty());
  }

  @Test
  void lineRangesJoinRunsOfConsecutiveLines() {
    assertEquals("12–14、16", SourceLines.ranges(List.of(16, 12, 13, 14)));
    assertEquals("54、56", SourceLines.ranges(List.of(54, 56)));
    assertEquals("", SourceLines.ranges(List.of()));
  }
}
