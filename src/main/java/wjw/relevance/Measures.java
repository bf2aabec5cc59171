package wjw.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * recall@k and nDCG@k of one ranked list against one topic's graded judgments, computed as
 * trec_eval's {@code recall_k} and {@code ndcg_cut_k}: gain = grade, discount log2(rank + 1), the
 * ideal list being every judged document by grade. A document ranked twice counts once.
 */
public final class Measures {
  private Measures() {}

  /** The share of the topic's relevant documents (grade &gt; 0) found in the first {@code k}. */
  public static double recallAt(int k, List<String> ranked, Map<String, Integer> grades) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      throw new IllegalArgumentException("the topic has no relevant document: recall is undefined");
    }
    int found = 0;
    for (String doc : top(k, ranked)) {
      if (grades.getOrDefault(doc, 0) > 0) {
        found++;
      }
    }
    return (double) found / relevant;
  }

  /** Discounted cumulative gain of the first {@code k}, divided by the best possible. */
  public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> grades) {
    List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    if (ideal.isEmpty()) {
      throw new IllegalArgumentException("the topic has no relevant document: nDCG is undefined");
    }
    double dcg = 0;
    List<String> top = top(k, ranked);
    for (int i = 0; i < top.size(); i++) {
      dcg += grades.getOrDefault(top.get(i), 0) / log2(i + 2);
    }
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return dcg / idcg;
  }

  private static List<String> top(int k, List<String> ranked) {
    Set<String> seen = new HashSet<>();
    return ranked.stream().filter(seen::add).limit(k).toList();
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
