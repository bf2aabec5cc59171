package wjw.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): an item's score is the sum over
 * the rankings that hold it of 1 / (k + rank). It needs no score calibration between BM25 and
 * cosine similarity, which live on unrelated scales; only ranks are used.
 */
public final class ReciprocalRankFusion {
  /** The paper's constant: damps the weight of the very first ranks; 60 is its tested default. */
  public static final int DEFAULT_K = 60;

  private ReciprocalRankFusion() {}

  /**
   * The items of all rankings by fused score, best first; ties keep first-seen order. Ranks start
   * at 1; a ranking lists an item at most once.
   */
  public static List<String> fuse(List<List<String>> rankings, int k) {
    return List.copyOf(scores(rankings, k).keySet());
  }

  /** {@link #fuse}'s items with their fused scores, in the same order. */
  public static Map<String, Double> scores(List<List<String>> rankings, int k) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (List<String> ranking : rankings) {
      for (int i = 0; i < ranking.size(); i++) {
        scores.merge(ranking.get(i), 1.0 / (k + i + 1), Double::sum);
      }
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(scores.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    Map<String, Double> ordered = new LinkedHashMap<>();
    entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
