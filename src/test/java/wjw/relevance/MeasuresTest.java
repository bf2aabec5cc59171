package wjw.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** recall@k and nDCG@k against values worked out by hand (trec_eval's definitions). */
class MeasuresTest {
  static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 2, "n", 0);

  @Test
  void recallCountsTheRelevantFoundInTheFirstK() {
    List<String> ranked = List.of("x", "a", "b", "y", "c");
    assertEquals(2.0 / 3, Measures.recallAt(3, ranked, GRADES), 1e-12);
    assertEquals(1.0, Measures.recallAt(5, ranked, GRADES), 1e-12);
    assertEquals(0.0, Measures.recallAt(1, ranked, GRADES), 1e-12);
    assertEquals(0.0, Measures.recallAt(10, List.of(), GRADES), 1e-12);
    assertEquals(0.0, Measures.recallAt(10, List.of("n"), GRADES), 1e-12, "grade 0 is judged not relevant");
  }

  @Test
  void ndcgDiscountsByLog2OfRankPlusOne() {
    // ranks 1..3: x (0), a (2), b (1): DCG = 2/log2(3) + 1/log2(4) = 1.7618595
    // ideal: 2, 2, 1 → 2/1 + 2/log2(3) + 1/2 = 3.7618595; ratio 0.4683480
    assertEquals(0.4683480347, Measures.ndcgAt(3, List.of("x", "a", "b", "y", "c"), GRADES), 1e-9);
    // b (1) then a (2), only a and b judged: (1 + 2/log2(3)) / (2 + 1/log2(3)) = 0.8597187
    assertEquals(0.8597186999, Measures.ndcgAt(10, List.of("b", "a"), Map.of("a", 2, "b", 1)), 1e-9);
    assertEquals(1.0, Measures.ndcgAt(10, List.of("a", "c", "b", "x"), GRADES), 1e-12);
    assertEquals(1.0, Measures.ndcgAt(2, List.of("c", "a"), GRADES), 1e-12, "the ideal is cut at k too");
    assertEquals(0.0, Measures.ndcgAt(10, List.of("x", "n"), GRADES), 1e-12);
  }

  @Test
  void aDocumentRankedTwiceCountsOnce() {
    assertEquals(1.0 / 3, Measures.recallAt(2, List.of("a", "a", "x"), GRADES), 1e-12);
    assertEquals(Measures.ndcgAt(2, List.of("a", "x"), GRADES), Measures.ndcgAt(2, List.of("a", "a", "x"), GRADES), 1e-12);
  }

  @Test
  void aTopicWithoutRelevantDocumentsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Measures.recallAt(10, List.of("a"), Map.of("a", 0)));
    assertThrows(IllegalArgumentException.class, () -> Measures.ndcgAt(10, List.of("a"), Map.of()));
  }
}
