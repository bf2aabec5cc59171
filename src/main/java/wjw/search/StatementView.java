package wjw.search;

import java.util.List;
import wjw.ingest.model.Official;

/** A whole statement for reading: every paragraph (highlighted when a query is given) and its article. */
public record StatementView(
    String id,
    Integer year,
    String province,
    String organization,
    List<Official> officials,
    ArticleRef article,
    String text,
    List<ParagraphView> paragraphs) {}
