package wjw.semantic;

/**
 * What search needs from a model: a query's vector (unit length, comparable with the passage vectors
 * of the same {@link #modelId()}), and whether the model can answer now without waiting.
 */
public interface QueryEncoder {
  String modelId();

  /** True once the model is loaded and {@link #embedQuery} answers without waiting. */
  boolean isReady();

  /** True if loading the model failed: it will never be ready in this process. */
  boolean hasFailed();

  float[] embedQuery(String query);
}
