package wjw.search;

import java.time.Duration;

/**
 * A request's work stopped before it had anything to show: its time limit passed while the query
 * was being prepared, or its client went away. Partial results are not this: they are answered,
 * marked {@link SearchResult#partial()}.
 */
public final class SearchStoppedException extends RuntimeException {
  private final boolean clientGone;

  private SearchStoppedException(String message, boolean clientGone) {
    super(message);
    this.clientGone = clientGone;
  }

  static SearchStoppedException timeLimit(String stage, Duration limit, long elapsedMillis) {
    return new SearchStoppedException("the search time limit (" + seconds(limit) + " s) passed while " + stage
        + ", after " + elapsedMillis + " ms; narrow the query (fewer ~ and * terms, more words) or add filters", false);
  }

  static SearchStoppedException clientGone(String stage, long elapsedMillis) {
    return new SearchStoppedException("the client closed the connection; stopped while " + stage + " after "
        + elapsedMillis + " ms", true);
  }

  /** True when the client went away (nobody reads the answer); false when the time limit passed. */
  public boolean clientGone() {
    return clientGone;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
  }
}
