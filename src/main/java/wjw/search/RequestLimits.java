package wjw.search;

import java.util.stream.Collectors;
import wjw.index.Dimension;
import wjw.index.Dimensions;

/**
 * The bounds every search request must respect, checked in one place for the service, the command
 * line and the HTTP API; a request outside them is refused, naming the parameter.
 */
public final class RequestLimits {
  public static final int MAX_SIZE = 100;
  public static final int MAX_WINDOW = 10_000;
  public static final int MAX_QUERY_LENGTH = 1_000;
  public static final int MAX_ARTICLES_PAGE = 1_000;
  /**
   * Distinct index terms the fuzzy and wildcard words of one request may expand to, all together:
   * a bound on the work before the search starts (each word alone could stay under any per-word
   * limit while 250 of them multiply it).
   */
  public static final int MAX_EXPANDED_TERMS = 4_096;
  /** Rows one export streams at most: every hit of a query up to here, a clear refusal above. */
  public static final int MAX_EXPORT_ROWS = 100_000;
  /** Similar statements listed at most for one statement or paragraph. */
  public static final int MAX_SIMILAR = 50;
  /** Suggestions for one prefix at most, and the longest prefix completed (names and words are short). */
  public static final int MAX_SUGGESTIONS = 20;
  public static final int MAX_PREFIX_LENGTH = 50;

  /** The filters named in the export's refusal, from the registry. */
  private static final String FILTER_NAMES = Dimensions.ALL.stream().map(Dimension::name)
      .collect(Collectors.joining(", "));

  private RequestLimits() {}

  /** Throws {@link QueryRejectedException} naming {@code size} or {@code from} of a page of hits out of bounds. */
  static void checkPage(int from, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new QueryRejectedException("size", "must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    if (from < 0) {
      throw new QueryRejectedException("from", "must be 0 or more, got " + from);
    }
    // long arithmetic: from near Integer.MAX_VALUE must not wrap around and pass the check
    if ((long) from + size > MAX_WINDOW) {
      throw new QueryRejectedException("from", "from + size must be at most " + MAX_WINDOW
          + ", got " + ((long) from + size) + "; narrow the query or add filters to reach deeper results");
    }
  }

  /** Throws {@link QueryRejectedException} naming {@code from} or {@code size} of an article-list page out of bounds. */
  public static void checkArticlePage(int from, int size) {
    if (size < 1 || size > MAX_ARTICLES_PAGE) {
      throw new QueryRejectedException("size", "must be between 1 and " + MAX_ARTICLES_PAGE + ", got " + size);
    }
    if (from < 0) {
      throw new QueryRejectedException("from", "must be 0 or more, got " + from);
    }
  }

  /** Refuses a query longer than {@link #MAX_QUERY_LENGTH}; {@link SearchRequest} checks every query with it. */
  static void checkQuery(String query) {
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QueryRejectedException("q", "query is " + query.length() + " characters long; at most "
          + MAX_QUERY_LENGTH + " allowed");
    }
  }

  /** Refuses an export of more than {@link #MAX_EXPORT_ROWS} hits, before any row is written. */
  public static void checkExportRows(long hits) {
    if (hits > MAX_EXPORT_ROWS) {
      throw new QueryRejectedException("q", String.format(java.util.Locale.ROOT,
          "the query matches %,d statements; an export holds at most %,d rows: narrow the query or add filters"
              + " (" + FILTER_NAMES + ") and export the parts one by one", hits, MAX_EXPORT_ROWS));
    }
  }

  /** Refuses a list of similar statements shorter than 1 or longer than {@link #MAX_SIMILAR}. */
  public static void checkSimilarSize(int size) {
    if (size < 1 || size > MAX_SIMILAR) {
      throw new QueryRejectedException("size", "must be between 1 and " + MAX_SIMILAR + ", got " + size);
    }
  }

  /** Refuses a blank or overlong prefix, or a size outside 1..{@link #MAX_SUGGESTIONS}. */
  public static void checkSuggest(String prefix, int size) {
    if (prefix == null || prefix.isBlank()) {
      throw new QueryRejectedException("prefix", "is required: the beginning of a name or word, e.g. 钟");
    }
    if (prefix.strip().length() > MAX_PREFIX_LENGTH) {
      throw new QueryRejectedException("prefix", "is " + prefix.strip().length() + " characters long; at most "
          + MAX_PREFIX_LENGTH + " allowed");
    }
    if (size < 1 || size > MAX_SUGGESTIONS) {
      throw new QueryRejectedException("size", "must be between 1 and " + MAX_SUGGESTIONS + ", got " + size);
    }
  }
}
