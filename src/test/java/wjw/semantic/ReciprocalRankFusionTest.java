package wjw.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {
  @Test
  void itemsHighInBothRankingsComeFirst() {
    // a: 1/61 + 1/62 = 0.032522; c: 1/63 + 1/61 = 0.032266; b: 1/62; d: 1/63
    assertEquals(List.of("a", "c", "b", "d"),
        ReciprocalRankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("c", "a", "d")), 60));
  }

  @Test
  void anEmptyRankingLeavesTheOtherAsItIs() {
    assertEquals(List.of("x", "y", "z"), ReciprocalRankFusion.fuse(List.of(List.of(), List.of("x", "y", "z")), 60));
  }

  @Test
  void aSmallKLetsTheTopOfOneRankingWin() {
    // k = 1: b = 1/2 + 1/5 = 0.700 beats a = 2/3; k = 60: a = 2/62 = 0.032258 beats b = 1/61 + 1/64 = 0.032018
    List<List<String>> rankings = List.of(List.of("b", "a"), List.of("x", "a", "y", "b"));
    assertEquals(List.of("b", "a", "x", "y"), ReciprocalRankFusion.fuse(rankings, 1));
    assertEquals(List.of("a", "b", "x", "y"), ReciprocalRankFusion.fuse(rankings, 60));
  }
}
