package wjw.search;

/**
 * A semantic or hybrid search that cannot run now, and why: the query model is still loading (try
 * again shortly; literal search works meanwhile), it failed to load, or the index has no paragraph
 * vectors (reindex without {@code --no-semantic}).
 */
public final class SemanticUnavailableException extends RuntimeException {
  public enum Reason {
    /** The model is loading on its background thread; a retry in a few seconds will do. */
    MODEL_LOADING,
    /** The model could not be loaded in this process, or none was started. */
    NO_MODEL,
    /** The live generation has no paragraph vectors, or vectors of another model. */
    NO_VECTORS
  }

  /** Seconds after which a retry may succeed, when the model is loading. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private final Reason reason;

  public SemanticUnavailableException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
