package wjw.search;

/** The bounds every search request must respect; a request outside them is refused, naming the parameter. */
final class RequestLimits {
  static final int MAX_SIZE = 100;
  static final int MAX_WINDOW = 10_000;
  static final int MAX_QUERY_LENGTH = 1_000;

  private RequestLimits() {}

  static void check(SearchRequest r) {
    if (r.size() < 1 || r.size() > MAX_SIZE) {
      throw new QueryRejectedException("size", "size must be between 1 and " + MAX_SIZE + ", was " + r.size());
    }
    if (r.from() < 0) {
      throw new QueryRejectedException("from", "from must be 0 or more, was " + r.from());
    }
    if ((long) r.from() + r.size() > MAX_WINDOW) {
      throw new QueryRejectedException("from", "from + size must be at most " + MAX_WINDOW
          + " (was " + ((long) r.from() + r.size()) + "); narrow the query or add filters to reach deeper results");
    }
    if (r.query() != null && r.query().length() > MAX_QUERY_LENGTH) {
      throw new QueryRejectedException("q", "query is " + r.query().length() + " characters long; the limit is "
          + MAX_QUERY_LENGTH);
    }
  }
}
