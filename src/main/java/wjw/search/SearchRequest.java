package wjw.search;

/**
 * One search: a query in wjw-search syntax (may be empty when browsing) plus exact-match filters
 * (null = no filter), the page wanted, and how to rank ({@link SearchMode}; null = literal).
 */
public record SearchRequest(String query, String province, Integer year, String official, int from, int size,
    SearchMode mode) {

  public static final int DEFAULT_SIZE = 10;

  public SearchRequest {
    if (mode == null) {
      mode = SearchMode.LITERAL;
    }
  }

  /** A literal search. */
  public SearchRequest(String query, String province, Integer year, String official, int from, int size) {
    this(query, province, year, official, from, size, SearchMode.LITERAL);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, 0, DEFAULT_SIZE);
  }

  /** This request ranked by {@code mode}. */
  public SearchRequest withMode(SearchMode mode) {
    return new SearchRequest(query, province, year, official, from, size, mode);
  }
}
