package wjw.bench;

/**
 * How long and how hard the soak runs: minutes of load, concurrent HTTP clients, seconds between
 * two POST /api/reindex, and seconds per row of the report (a minute unless a test wants it shorter).
 */
public record SoakOptions(double minutes, int clients, double reindexEverySeconds, double rowSeconds) {

  public SoakOptions {
    if (!(minutes > 0)) {
      throw new IllegalArgumentException("--soak-minutes must be > 0, got " + minutes);
    }
    if (clients < 1) {
      throw new IllegalArgumentException("--soak-clients must be at least 1, got " + clients);
    }
    if (!(reindexEverySeconds > 0)) {
      throw new IllegalArgumentException("--reindex-every must be > 0 seconds, got " + reindexEverySeconds);
    }
    if (!(rowSeconds > 0)) {
      throw new IllegalArgumentException("--soak-row must be > 0 seconds, got " + rowSeconds);
    }
  }

  double seconds() {
    return minutes * 60;
  }

  /**
   * Rows of the report: one per row period, the last one shorter when the soak is not a multiple of
   * it; a remainder under 1% of a row joins the last row instead of making a row of its own.
   */
  int rows() {
    return Math.max(1, (int) Math.ceil(seconds() / rowSeconds - 0.01));
  }
}
