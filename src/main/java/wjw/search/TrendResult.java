package wjw.search;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/trend}: how a query's matches (with its filters) spread over the years by each dimension asked for,
 * keyed by the dimension's name; {@code total}, {@code partial} and {@code ignoredClauses} as in the search, whose
 * pass counted them.
 */
public record TrendResult(String query, long total, long tookMs, boolean partial, String partialReason,
    List<String> ignoredClauses, Map<String, Trend> trends) {

  /** The trends of a search that counted them. */
  static TrendResult of(SearchResult r) {
    return new TrendResult(r.query(), r.total(), r.tookMs(), r.partial(), r.partialReason(), r.ignoredClauses(),
        r.trends());
  }
}
