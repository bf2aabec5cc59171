package wjw.http;

import io.javalin.http.Context;
import wjw.search.SearchRequest;

/** Turns the query string of {@code GET /api/search} into a bounded {@link SearchRequest}. */
final class SearchParams {
  static final int MAX_QUERY_CHARS = 1_000;
  static final int MAX_SIZE = 100;
  static final int MAX_WINDOW = 10_000;

  private SearchParams() {}

  static SearchRequest from(Context ctx) {
    String q = text(ctx, "q");
    if (q == null) {
      q = "";
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw ApiException.badParameter("q", "query is " + q.length() + " characters, at most " + MAX_QUERY_CHARS + " allowed");
    }
    Integer year = integer(ctx, "year", null);
    int from = integer(ctx, "from", 0);
    int size = integer(ctx, "size", SearchRequest.DEFAULT_SIZE);
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.badParameter("size", "must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    if (from < 0) {
      throw ApiException.badParameter("from", "must be 0 or more, got " + from);
    }
    // long arithmetic: from near Integer.MAX_VALUE must not wrap around and pass the check.
    if ((long) from + size > MAX_WINDOW) {
      throw ApiException.badParameter("from", "from + size must be at most " + MAX_WINDOW + ", got " + ((long) from + size));
    }
    return new SearchRequest(q.strip(), text(ctx, "province"), year, text(ctx, "official"), from, size);
  }

  /** A text parameter, or null when absent or blank (a blank filter means no filter). */
  private static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return name.equals("q") ? value : value.strip();
  }

  private static Integer integer(Context ctx, String name, Integer fallback) {
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
