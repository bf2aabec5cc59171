package wjw.index;

/**
 * The outcome for one article file in a reindex: status {@code ok}, {@code no-headers} (indexed
 * without officials) or {@code failed}; {@code reason} says why it failed; {@code note} tells what
 * a reviewer should know about a file that was indexed (e.g. "decoded as GB18030 (not valid UTF-8)"),
 * null when there is nothing to tell.
 */
public record FileReport(String file, String status, int statements, String charset, String reason, String note) {

  /** A report without a note. */
  public FileReport(String file, String status, int statements, String charset, String reason) {
    this(file, status, statements, charset, reason, null);
  }
}
