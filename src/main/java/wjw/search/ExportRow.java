package wjw.search;

import java.util.List;
import wjw.ingest.model.Official;

/**
 * One hit of an export, in the order the search ranks it: where it was printed (headline, article, file and source
 * lines), who said it, and the matched passages as plain text with each match between 【 and 】.
 *
 * @param rank 1-based position in the search's order (relevance, then newer year, then page and reading order)
 * @param score relevance score; null when the export browses (no query)
 * @param lines every source line of the statement, in reading order
 * @param passages up to three best-matching sentences, each with the source lines of its paragraph
 */
public record ExportRow(
    long rank,
    String id,
    Float score,
    Integer year,
    String province,
    String organization,
    List<Official> officials,
    String headline,
    String articleId,
    String file,
    List<Integer> lines,
    List<Passage> passages) {

  /** A matched sentence as plain text (【match】) and the source lines of the paragraph it stands in. */
  public record Passage(String text, List<Integer> lines) {}
}
