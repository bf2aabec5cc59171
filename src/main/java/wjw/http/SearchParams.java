package wjw.http;

import io.javalin.http.Context;
import wjw.search.RequestLimits;
import wjw.search.SearchMode;
import wjw.search.SearchRequest;

/** Turns the query string of {@code GET /api/search} into a {@link SearchRequest} within {@link RequestLimits}. */
final class SearchParams {
  private SearchParams() {}

  static SearchRequest from(Context ctx) {
    String q = text(ctx, "q");
    Integer year = integer(ctx, "year", null);
    int from = integer(ctx, "from", 0);
    int size = integer(ctx, "size", SearchRequest.DEFAULT_SIZE);
    SearchRequest request = new SearchRequest(q == null ? "" : q.strip(), text(ctx, "province"), year,
        text(ctx, "official"), from, size, mode(ctx));
    RequestLimits.check(request); // the same bounds as the service, before any work
    return request;
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
  private static String text(Context ctx, String name) {
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
