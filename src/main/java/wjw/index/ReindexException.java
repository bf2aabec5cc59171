package wjw.index;

/** A reindex that could not complete; the previous index, if any, is still the live one. */
public class ReindexException extends Exception {
  private final ReindexReport report;

  public ReindexException(String message, ReindexReport report) {
    super(message);
    this.report = report;
  }

  /** What was done before stopping; null when nothing was read. */
  public ReindexReport report() {
    return report;
  }
}
