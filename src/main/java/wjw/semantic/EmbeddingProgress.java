package wjw.semantic;

/**
 * Told how far a batch of embeddings has got: {@code done} of {@code total} texts have a vector.
 * Called from worker threads, at most once per text, with {@code done} increasing.
 */
@FunctionalInterface
public interface EmbeddingProgress {
  EmbeddingProgress NONE = (done, total) -> {};

  void progress(int done, int total);
}
