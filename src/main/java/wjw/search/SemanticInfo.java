package wjw.search;

/**
 * Whether the open index can be searched by meaning: {@code vectors} (its generation has paragraph
 * vectors), how many, the model that made them, and the state of this process's query model
 * ({@code ready}, {@code loading}, {@code failed}, or {@code none} when none was started).
 */
public record SemanticInfo(boolean vectors, long paragraphs, String model, String queryModel) {}
