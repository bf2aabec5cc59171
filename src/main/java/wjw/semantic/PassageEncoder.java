package wjw.semantic;

import java.util.List;

/**
 * What the cache needs from a model: a stable id for its vectors, their length, and passage
 * vectors for a batch of texts (in input order, L2-normalised).
 */
public interface PassageEncoder {
  /** Names the model and its version; vectors cached under another id are never reused. */
  String modelId();

  int dimensions();

  List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress);
}
