package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;
import wjw.ingest.text.Markup;
import wjw.ingest.text.TextUtil;

/** Invariants every segmented page must satisfy, whatever its damage. */
final class PageChecks {
  private PageChecks() {}

  static Article segment(String name, String text) {
    Article a = new Segmenter().segment(name, text);
    assertNothingLost(text, a);
    return a;
  }

  /** Every non-blank line has exactly one SourceLine, and statement/lead text is made of exactly those lines. */
  static void assertNothingLost(String text, Article a) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] raw = body.split("\r\n|\r|\n", -1);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      if (!TextUtil.trim(raw[i]).isEmpty()) {
        expected.add(i + 1);
      }
    }
    List<Integer> actual = a.lines().stream().map(SourceLine::number).toList();
    assertEquals(expected, actual, "one SourceLine per non-blank line, in order");
    Map<Integer, SourceLine> byNumber = new HashMap<>();
    for (SourceLine l : a.lines()) {
      assertEquals(TextUtil.trim(raw[l.number() - 1]), l.text(), "line " + l.number() + " text as printed");
      assertNotNull(l.role());
      byNumber.put(l.number(), l);
    }
    Map<String, Statement> statements = a.statements().stream()
        .collect(Collectors.toMap(Statement::id, s -> s));
    assertEquals(a.statements().size(), statements.size(), "statement ids are unique");
    List<Integer> statementLines = new ArrayList<>();
    for (int n = 0; n < a.statements().size(); n++) {
      Statement s = a.statements().get(n);
      assertEquals(a.id() + "-" + (n + 1), s.id());
      assertEquals(a.id(), s.articleId());
      assertEquals(a.year(), s.year());
      for (Paragraph p : s.paragraphs()) {
        StringBuilder joined = new StringBuilder();
        for (int number : p.lines()) {
          SourceLine l = byNumber.get(number);
          assertEquals(LineRole.STATEMENT, l.role(), "paragraph line " + number);
          assertEquals(s.id(), l.statementId());
          joined.append(Markup.text(l.text()));
          statementLines.add(number);
        }
        assertEquals(joined.toString(), p.text(), "paragraph is its lines joined");
      }
    }
    List<Integer> expectedStatementLines = a.lines().stream()
        .filter(l -> l.role() == LineRole.STATEMENT).map(SourceLine::number).toList();
    // Reading order may differ from printing order (a displaced block is moved), so compare as sets.
    assertEquals(expectedStatementLines.stream().sorted().toList(), statementLines.stream().sorted().toList(),
        "each statement line in exactly one paragraph");
    for (SourceLine l : a.lines()) {
      if (l.role() == LineRole.STATEMENT) {
        assertTrue(statements.containsKey(l.statementId()));
      } else {
        assertNull(l.statementId(), "only statement lines carry a statement id");
      }
    }
    String leadChars = a.lines().stream().filter(l -> l.role() == LineRole.LEAD)
        .map(l -> Markup.text(l.text())).collect(Collectors.joining());
    assertEquals(sorted(leadChars), sorted(a.lead().replace("\n", "")), "lead is exactly the LEAD lines");
  }

  private static String sorted(String s) {
    return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  static List<String> names(Statement s) {
    return s.officials().stream().map(Official::name).toList();
  }

  static List<String> titles(Statement s) {
    return s.officials().stream().map(Official::title).toList();
  }

  static LineRole role(Article a, int lineNumber) {
    return a.lines().stream().filter(l -> l.number() == lineNumber).findFirst().orElseThrow().role();
  }
}
