package wjw.search;

/**
 * One search: a query in wjw-search syntax (may be empty when browsing) plus exact-match filters
 * (null = no filter) and the page wanted.
 */
public record SearchRequest(String query, String province, Integer year, String official, int from, int size) {

  public static final int DEFAULT_SIZE = 10;

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, 0, DEFAULT_SIZE);
  }
}
