package wjw.index;

/**
 * What a reindex did about paragraph vectors: whether the new generation has them ({@code built}),
 * why or why not ({@code reason}), how many paragraphs were asked for, how many came from the
 * embedding cache and how many texts the model had to embed, the seconds it took, and the model.
 */
public record VectorReport(boolean built, String reason, long paragraphs, long fromCache, long embedded,
    double seconds, String model) {

  /** A generation without vectors, and why. */
  public static VectorReport skipped(String reason) {
    return new VectorReport(false, reason, 0, 0, 0, 0, null);
  }
}
