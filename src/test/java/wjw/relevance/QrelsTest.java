package wjw.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading TREC qrels and TSV topics, and rolling paragraph judgments up to statements. */
class QrelsTest {
  @Test
  void qrelsAreReadAndRolledUpToTheBestGradePerStatement() throws Exception {
    Qrels q = Qrels.parse(new StringReader("""
        1 0 s-1#0 1
        1 0 s-1#3 2
        1 0 s-2#1 1

        2 0 s-2#0 2
        """), "qrels.txt");
    assertEquals(Map.of("s-1#0", 1, "s-1#3", 2, "s-2#1", 1), q.of("1"));
    assertEquals(Map.of(), q.of("3"));
    Qrels statements = q.rollUp(ParagraphId::statementOf);
    assertEquals(Map.of("s-1", 2, "s-2", 1), statements.of("1"));
    assertEquals(Map.of("s-2", 2), statements.of("2"));
  }

  @Test
  void aMalformedLineIsNamedWithItsFileAndNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Qrels.parse(new StringReader("1 0 a 2\n1 0 b two\n"), "qrels.txt"));
    assertEquals("qrels.txt line 2: grade \"two\" is not a number", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Qrels.parse(new StringReader("1 0 a 2\n1 0 a 1\n"), "q"));
    assertTrue(e.getMessage().contains("a judged twice for topic 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Topic.parse(new StringReader("1\tx\n2 y\n"), "topics.tsv"));
    assertTrue(e.getMessage().startsWith("topics.tsv line 2: expected id<TAB>query"), e.getMessage());
  }

  @Test
  void topicsKeepTheirOrder() throws Exception {
    assertEquals(List.of(new Topic("7", "基层卫生人才短缺"), new Topic("2", "老年人 照护")),
        Topic.parse(new StringReader("7\t基层卫生人才短缺\n2\t老年人 照护\n"), "t"));
  }

  @Test
  void paragraphIdsNameAStatementAndAnIndex() {
    ParagraphId id = ParagraphId.parse("000_d51fea8ea64b6d2e-3#4");
    assertEquals(new ParagraphId("000_d51fea8ea64b6d2e-3", 4), id);
    assertEquals("000_d51fea8ea64b6d2e-3#4", id.toString());
    assertThrows(IllegalArgumentException.class, () -> ParagraphId.parse("000_d51fea8ea64b6d2e-3"));
    assertThrows(IllegalArgumentException.class, () -> ParagraphId.parse("s#x"));
  }
}
