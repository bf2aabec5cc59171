package wjw.search;

import java.util.List;
import wjw.index.CatalogArticle;

/** One indexed page: its metadata and its statements in reading order. */
public record ArticleSummary(
    String id,
    String source,
    String headline,
    Integer year,
    String date,
    String lead,
    List<String> reporters,
    List<StatementSummary> statements) {

  /** The summary of an article as a generation's catalog keeps it. */
  public static ArticleSummary of(CatalogArticle a) {
    List<StatementSummary> statements = a.statements().stream()
        .map(s -> new StatementSummary(s.id(), s.province(), s.officials()))
        .toList();
    return new ArticleSummary(a.id(), a.source(), a.headline(), a.year(), a.date(), a.lead(), a.reporters(), statements);
  }
}
