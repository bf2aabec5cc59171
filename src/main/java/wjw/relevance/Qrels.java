package wjw.relevance;

import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Graded relevance judgments, topic → document → grade (2 = on topic, 1 = partly). A document not
 * listed for a topic is not relevant to it: the collection is small enough that every unit was
 * read for every topic (see docs/semantic.md).
 */
public record Qrels(Map<String, Map<String, Integer>> judgments) {
  public Qrels {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgments.forEach((topic, docs) -> copy.put(topic, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
    judgments = Collections.unmodifiableMap(copy);
  }

  /** Reads TREC qrels: {@code topic iteration docid grade}, whitespace-separated, one judgment a line. */
  public static Qrels parse(Reader in, String source) throws IOException {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    NumberedLines.read(in, (number, line) -> {
      String[] cols = line.trim().split("\\s+");
      if (cols.length != 4) {
        throw new IllegalArgumentException(source + " line " + number + ": expected \"topic 0 docid grade\", got \"" + line + "\"");
      }
      int grade;
      try {
        grade = Integer.parseInt(cols[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " line " + number + ": grade \"" + cols[3] + "\" is not a number");
      }
      Integer before = judgments.computeIfAbsent(cols[0], t -> new LinkedHashMap<>()).put(cols[2], grade);
      if (before != null) {
        throw new IllegalArgumentException(source + " line " + number + ": " + cols[2] + " judged twice for topic " + cols[0]);
      }
    });
    return new Qrels(judgments);
  }

  /** The grades of one topic's documents (empty if the topic has none). */
  public Map<String, Integer> of(String topic) {
    return judgments.getOrDefault(topic, Map.of());
  }

  /**
   * Judgments of coarser units: each document mapped to its group (a paragraph to its statement),
   * the group graded by its best document.
   */
  public Qrels rollUp(Function<String, String> group) {
    Map<String, Map<String, Integer>> rolled = new LinkedHashMap<>();
    judgments.forEach((topic, docs) -> {
      Map<String, Integer> groups = new LinkedHashMap<>();
      docs.forEach((doc, grade) -> groups.merge(group.apply(doc), grade, Math::max));
      rolled.put(topic, groups);
    });
    return new Qrels(rolled);
  }
}
