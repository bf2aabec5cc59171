package wjw.ingest.model;

import java.util.List;

/**
 * An article without its text: its metadata and who speaks in it, statement by statement. What the index's catalog
 * keeps of every article and what the API lists ({@code GET /api/articles}, {@code GET /api/articles/{id}}).
 *
 * @param statements the statements in reading order
 */
public record ArticleSummary(
    String id,
    String source,
    String headline,
    Integer year,
    String date,
    String lead,
    List<String> reporters,
    List<StatementSummary> statements) {

  public ArticleSummary {
    reporters = List.copyOf(reporters);
    statements = List.copyOf(statements);
  }

  /** A statement as listed under its article: its id, province and who spoke. */
  public record StatementSummary(String id, String province, List<Official> officials) {
    public StatementSummary {
      officials = List.copyOf(officials);
    }
  }
}
