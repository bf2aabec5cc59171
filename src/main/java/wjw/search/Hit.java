package wjw.search;

import com.fasterxml.jackson.annotation.JsonInclude;
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
    List<String> highlights,
    @JsonInclude(JsonInclude.Include.NON_NULL) MeaningMatch meaning) {

  /** A hit found by its words alone. */
  public Hit(String id, float score, Integer year, String province, String organization, List<Official> officials,
      ArticleRef article, List<String> highlights) {
    this(id, score, year, province, organization, officials, article, highlights, null);
  }
}
