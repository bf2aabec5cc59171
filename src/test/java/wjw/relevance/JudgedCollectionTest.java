package wjw.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The judged collection is sound and still matches the seeds as segmented today. */
class JudgedCollectionTest {
  static final JudgedCollection COLLECTION = JudgedCollection.byMeaning();
  static final JudgedCollection LITERAL = JudgedCollection.byWords();

  @Test
  void everyJudgedParagraphIsStillWhereItWasJudged() {
    COLLECTION.check(JudgedCollection.seedParagraphs()); // throws, listing each mismatch
    LITERAL.check(JudgedCollection.seedParagraphs());
  }

  @Test
  void theTopicsInTheOfficialsWordsArePrintedInSomeOfTheirRelevantParagraphs() {
    Map<String, String> paragraphs = JudgedCollection.seedParagraphs();
    for (Topic t : LITERAL.topics()) {
      assertTrue(LITERAL.paragraphQrels().of(t.id()).keySet().stream().anyMatch(doc -> paragraphs.get(doc).contains(t.query())),
          "topic " + t.id());
    }
  }

  @Test
  void aParagraphThatMovedFailsLoudlyAndSaysWhereItWent() {
    Map<String, String> shifted = new LinkedHashMap<>();
    JudgedCollection.seedParagraphs().forEach((id, text) -> {
      ParagraphId p = ParagraphId.parse(id);
      shifted.put(p.statementId().equals("000_d51fea8ea64b6d2e-3") ? new ParagraphId(p.statementId(), p.index() + 1).toString() : id, text);
    });
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> COLLECTION.check(shifted));
    assertTrue(e.getMessage().contains("judged paragraph 000_d51fea8ea64b6d2e-3#4 should start 「在加强重大疫情防控上前瞻谋划"),
        e.getMessage());
    assertTrue(e.getMessage().contains("that text is now 000_d51fea8ea64b6d2e-3#5"), e.getMessage());
  }

  @Test
  void thereAreAtLeast30TopicsEachWithAnOnTopicParagraph() {
    assertTrue(COLLECTION.topics().size() >= 30, "topics: " + COLLECTION.topics().size());
    for (Topic t : COLLECTION.topics()) {
      Map<String, Integer> grades = COLLECTION.paragraphQrels().of(t.id());
      assertTrue(grades.values().stream().allMatch(g -> g == 1 || g == 2), "grades are 1 or 2: topic " + t.id());
      assertTrue(grades.containsValue(2) || grades.size() >= 2, "topic " + t.id() + " has too little to find");
    }
    assertEquals(COLLECTION.topics().stream().map(Topic::id).toList(), List.copyOf(COLLECTION.paragraphQrels().judgments().keySet()));
  }

  @Test
  void noTopicIsWrittenAsItsRelevantParagraphsPrintIt() {
    Map<String, String> paragraphs = JudgedCollection.seedParagraphs();
    for (Topic t : COLLECTION.topics()) {
      for (String doc : COLLECTION.paragraphQrels().of(t.id()).keySet()) {
        for (String word : t.query().split("\\s+")) {
          assertTrue(!paragraphs.get(doc).contains(word), "topic " + t.id() + " 「" + word + "」 is printed in " + doc);
        }
      }
    }
  }
}
