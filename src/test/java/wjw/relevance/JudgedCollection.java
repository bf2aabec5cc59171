package wjw.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged topic set over the seeds (src/test/resources/wjw/relevance): topics, paragraph qrels,
 * and the first characters of every judged paragraph, which {@link #check} compares with the
 * seeds as segmented today so a judgment never silently lands on another paragraph.
 */
record JudgedCollection(String name, List<Topic> topics, Qrels paragraphQrels, Map<String, String> judgedPrefixes) {
  static final Path SEEDS = Path.of("seeds");
  private static final String DIR = "/wjw/relevance/";

  /** The topics in a researcher's own words, none printed in its relevant paragraphs (topics.tsv, qrels.txt). */
  static JudgedCollection byMeaning() {
    return load("by meaning", "");
  }

  /** Topics that are the officials' own terms, as a literal search is used (topics-literal.tsv, qrels-literal.txt). */
  static JudgedCollection byWords() {
    return load("in the officials' words", "-literal");
  }

  private static JudgedCollection load(String name, String suffix) {
    try {
      List<Topic> topics = Topic.parse(resource("topics" + suffix + ".tsv"), DIR + "topics" + suffix + ".tsv");
      Qrels qrels = Qrels.parse(resource("qrels" + suffix + ".txt"), DIR + "qrels" + suffix + ".txt");
      Map<String, String> prefixes = new LinkedHashMap<>();
      for (String line : new String(stream("paragraphs.tsv").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] cols = line.split("\t", 2);
          prefixes.put(cols[0], cols[1]);
        }
      }
      return new JudgedCollection(name, topics, qrels, prefixes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Statement qrels: a statement graded by its best judged paragraph. */
  Qrels statementQrels() {
    return paragraphQrels.rollUp(ParagraphId::statementOf);
  }

  /** Every paragraph of the seeds as segmented now, by paragraph id, in reading order. */
  static Map<String, String> seedParagraphs() {
    return SeedParagraphs.read(SEEDS);
  }

  /**
   * Throws, listing every problem, unless each judged paragraph is in {@code paragraphs} under its id
   * and starts with its recorded characters; for a paragraph that moved, says where its text is now.
   */
  void check(Map<String, String> paragraphs) {
    List<String> problems = new ArrayList<>();
    paragraphQrels.judgments().forEach((topic, docs) -> docs.keySet().stream()
        .filter(doc -> !judgedPrefixes.containsKey(doc))
        .forEach(doc -> problems.add("topic " + topic + " judges " + doc + ", which paragraphs.tsv does not list")));
    judgedPrefixes.forEach((id, prefix) -> {
      String text = paragraphs.get(id);
      if (text == null || !text.startsWith(prefix)) {
        String now = paragraphs.entrySet().stream().filter(e -> e.getValue().startsWith(prefix))
            .map(Map.Entry::getKey).findFirst().map(at -> "; that text is now " + at).orElse("; no paragraph starts so now");
        problems.add("judged paragraph " + id + " should start 「" + prefix + "」 but "
            + (text == null ? "there is no such paragraph" : "starts 「" + text.substring(0, Math.min(20, text.length())) + "」")
            + now);
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the judgments no longer match the seeds' segmentation; re-judge or move them "
          + "(docs/semantic.md):\n  " + String.join("\n  ", problems));
    }
  }

  private static Reader resource(String name) {
    return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String name) {
    InputStream in = JudgedCollection.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException(DIR + name + " is missing from the test resources");
    }
    return in;
  }
}
