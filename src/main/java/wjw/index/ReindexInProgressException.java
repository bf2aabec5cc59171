package wjw.index;

/** Another reindex of the same index directory is running (in this or another process). */
public final class ReindexInProgressException extends ReindexException {
  public ReindexInProgressException(String message) {
    super(message, null);
  }
}
