package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wjw.analysis.LiteralAnalyzer;
import wjw.index.Fields;

/**
 * The expansion of fuzzy and wildcard words: one budget of distinct index terms for the whole
 * request (not per word), Chinese terms out of reach of fuzzy edits, and the deadline obeyed.
 * Over a small index built here with 5,000 Latin terms and some Chinese text.
 */
class TermExpansionTest {
  static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new LiteralAnalyzer()))) {
      for (int i = 0; i < 5_000; i++) {
        Document doc = new Document();
        // w0000 … w4999 and, for 3,000 of them, x0000 …: plus Chinese characters and bigrams
        String text = String.format(Locale.ROOT, "w%04d %s 医共体建设 推进 ab 10", i, i < 3_000 ? String.format("x%04d", i) : "");
        doc.add(new Field(Fields.ANY, text, Fields.SEARCH_ONLY_TYPE));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static TermExpansion expansion() {
    return new TermExpansion(reader, Deadline.after(Duration.ofMinutes(1)));
  }

  @Test
  void onePatternOverTheBudgetIsRefusedNamingTheLimitAndThePattern() {
    QueryRejectedException e = assertThrows(QueryRejectedException.class, () -> expansion().prefix(Fields.ANY, "w"));
    assertEquals("q", e.parameter());
    assertTrue(e.getMessage().contains("match more than " + RequestLimits.MAX_EXPANDED_TERMS
        + " different index terms, the limit per request (max expanded terms), reached at 'w*'"), e.getMessage());
  }

  @Test
  void theBudgetIsForTheWholeRequestNotEachWord() {
    TermExpansion one = expansion();
    assertEquals(3_000, one.prefix(Fields.ANY, "x").size(), "under the budget alone");
    // 3,000 + 1,000 = 4,000 still fits; the next 1,000 do not, though each word alone would
    assertEquals(1_000, one.prefix(Fields.ANY, "w1").size());
    QueryRejectedException e = assertThrows(QueryRejectedException.class, () -> one.prefix(Fields.ANY, "w2"));
    assertTrue(e.getMessage().contains("reached at 'w2*'"), e.getMessage());
    assertEquals(1_000, expansion().prefix(Fields.ANY, "w2").size(), "a fresh request has the whole budget");
  }

  @Test
  void theSameWordTwiceCostsOnce() {
    TermExpansion one = expansion();
    for (int i = 0; i < 5; i++) {
      assertEquals(3_000, one.prefix(Fields.ANY, "x").size());
    }
  }

  @Test
  void fuzzyEditsNeverReachChineseTerms() {
    List<TermExpansion.Expanded> near = expansion().fuzzy(Fields.ANY, "ab", 2);
    assertFalse(near.isEmpty());
    assertTrue(near.stream().allMatch(e -> TermExpansion.isLatin(e.term())), near.toString());
    assertTrue(near.stream().anyMatch(e -> e.term().equals("ab") && e.edits() == 0), near.toString());
    assertTrue(near.stream().anyMatch(e -> e.term().equals("10") && e.edits() == 2), "two edits make ab 10: " + near);
    assertTrue(near.size() <= TermExpansion.FUZZY_TERMS_KEPT);
  }

  @Test
  void aPassedDeadlineStopsTheExpansionAndSaysWhy() {
    SearchStoppedException late = assertThrows(SearchStoppedException.class,
        () -> new TermExpansion(reader, Deadline.after(Duration.ZERO)).prefix(Fields.ANY, "x"));
    assertFalse(late.clientGone());
    assertTrue(late.getMessage().contains("passed while expanding fuzzy and wildcard words"), late.getMessage());
    Deadline abandoned = Deadline.after(Duration.ofMinutes(1));
    abandoned.cancel();
    SearchStoppedException gone = assertThrows(SearchStoppedException.class,
        () -> new TermExpansion(reader, abandoned).fuzzy(Fields.ANY, "w0001", 2));
    assertTrue(gone.clientGone(), gone.getMessage());
  }

  @Test
  void editDistanceCountsASwapOfNeighboursAsOne() {
    assertEquals(0, TermExpansion.distance("abc".codePoints().toArray(), "abc".codePoints().toArray()));
    assertEquals(1, TermExpansion.distance("abc".codePoints().toArray(), "acb".codePoints().toArray()));
    assertEquals(2, TermExpansion.distance("ab".codePoints().toArray(), "10".codePoints().toArray()));
  }
}
