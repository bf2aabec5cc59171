package wjw.relevance;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One evaluation query: an id the qrels refer to and the query text as a researcher would type it. */
public record Topic(String id, String query) {

  /** Reads a topics file: one {@code id<TAB>query} a line (Anserini's TSV topics). */
  public static List<Topic> parse(Reader in, String source) throws IOException {
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    NumberedLines.read(in, (number, line) -> {
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException(source + " line " + number + ": expected id<TAB>query, got \"" + line + "\"");
      }
      if (!ids.add(cols[0])) {
        throw new IllegalArgumentException(source + " line " + number + ": topic " + cols[0] + " appears twice");
      }
      topics.add(new Topic(cols[0], cols[1]));
    });
    return List.copyOf(topics);
  }
}
