package wjw.ingest.sim;

import java.util.List;

/** One correctly joined paragraph; {@code sourceLines} are the real page's line numbers it comes from (empty if invented). */
public record TrueParagraph(String text, List<Integer> sourceLines) {
  public TrueParagraph {
    sourceLines = List.copyOf(sourceLines);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty paragraph");
    }
  }
}
