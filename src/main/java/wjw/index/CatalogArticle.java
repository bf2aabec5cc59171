package wjw.index;

import java.util.List;

/** An article as kept in a generation's catalog (catalog/, one stored document per article): metadata and its statements' summaries. */
public record CatalogArticle(
    String id,
    String source,
    String headline,
    Integer year,
    String date,
    String lead,
    List<String> reporters,
    List<CatalogStatement> statements) {

  /** Sorts in the order {@code GET /api/articles} lists articles: newest year first (no year last), then id. */
  public String listOrder() {
    int y = year == null ? 0 : Math.max(0, Math.min(9999, year));
    return String.format("%04d", 9999 - y) + '\u0000' + id;
  }
}
