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
    List<CatalogStatement> statements) {}
