package wjw.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import wjw.index.Dimension;
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

  /**
   * {@code GET /api/dimensions}: what searches can be filtered, counted and trended by, from the registry, so the page
   * needs no list of its own; {@code time} is the dimension trends run along.
   */
  public record Dimensions(List<DimensionInfo> dimensions, String time) {
    static Dimensions of(List<Dimension> all) {
      return new Dimensions(all.stream().map(d -> new DimensionInfo(d.name(), d.label(), d.description(),
          OpenApi.type(d), d.multiValued(), d.missing(), d != wjw.index.Dimensions.TIME)).toList(),
          wjw.index.Dimensions.TIME.name());
    }
  }

  /**
   * One dimension: its parameter and facet key ({@code name}), the page's label, what it is, the value type, whether
   * a statement may have several values (then a facet's counts may add up to more than the total), the value that
   * finds statements without one (or null), and whether a trend can be counted by it.
   */
  public record DimensionInfo(String name, String label, String description, String type, boolean multiValued,
      String missing, boolean trend) {}

  /** {@code GET /api/officials}. */
  public record Officials(int total, List<OfficialView> officials) {}
}
