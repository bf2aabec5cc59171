package wjw.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import wjw.search.IndexInfo;
import wjw.search.SemanticInfo;
import wjw.search.OfficialView;

/** Response bodies the HTTP layer adds around the search service's own records. */
public final class Responses {
  private Responses() {}

  /** {@code GET /api/health}. */
  public record Health(String status, int articles, int statements, IndexVersion index,
      @JsonInclude(JsonInclude.Include.NON_NULL) SemanticInfo semantic) {
    static Health of(IndexInfo info) {
      return new Health("ok", info.articles(), info.statements(), new IndexVersion(info.version(), info.builtAt()),
          info.semantic());
    }
  }

  /** Which index generation is live and when it was built. */
  public record IndexVersion(String version, String builtAt) {}

  /** {@code GET /api/suggest}. */
  public record Suggestions(String prefix, List<wjw.search.Suggestion> suggestions) {}

  /** {@code GET /api/officials}. */
  public record Officials(int total, List<OfficialView> officials) {}
}
