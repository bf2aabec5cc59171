package wjw.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wjw.index.Dimension;
import wjw.index.Dimensions;
import wjw.search.SearchMode;
import wjw.search.SearchRequest;
import wjw.search.SortOrder;

/**
 * Turns the query string of {@code GET /api/search} (and of the trend and the export) into a {@link SearchRequest},
 * which checks it: {@code q}, one filter per dimension of the registry, {@code sort}, {@code trend} (dimension names,
 * comma-separated), {@code from}, {@code size}, {@code mode} (literal, semantic, hybrid).
 */
final class SearchParams {
  private SearchParams() {}

  static SearchRequest from(Context ctx) {
    String q = text(ctx, "q");
    Map<Dimension, String> filters = new LinkedHashMap<>();
    for (Dimension d : Dimensions.ALL) {
      filters.put(d, text(ctx, d.name()));
    }
    String sort = text(ctx, "sort");
    String trend = text(ctx, "trend");
    int from = integer(ctx, "from", 0);
    int size = integer(ctx, "size", SearchRequest.DEFAULT_SIZE);
    return new SearchRequest(q == null ? "" : q.strip(), filters, sort == null ? null : SortOrder.parse(sort),
        trend == null ? List.of() : SearchRequest.trendDimensions(trend), from, size, mode(ctx));
  }

  /** {@code mode}: literal (the default when absent or blank), semantic or hybrid. */
  static SearchMode mode(Context ctx) {
    String value = text(ctx, "mode");
    try {
      return value == null ? SearchMode.LITERAL : SearchMode.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("mode", e.getMessage());
    }
  }

  /** A text parameter, or null when absent or blank (a blank filter means no filter). */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return name.equals("q") ? value : value.strip();
  }

  static Integer integer(Context ctx, String name, Integer fallback) {
    String value = text(ctx, name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "must be an integer, got \"" + abbreviate(value) + "\"");
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
