package wjw.search;

import java.util.List;
import wjw.ingest.model.Official;

/**
 * One ranked statement; {@code highlights} are up to three passages, HTML-escaped, with the
 * matches wrapped in {@code <mark>…</mark>}.
 */
public record Hit(
    String id,
    float score,
    Integer year,
    String province,
    String organization,
    List<Official> officials,
    ArticleRef article,
    List<String> highlights) {}
