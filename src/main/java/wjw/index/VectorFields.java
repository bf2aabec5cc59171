package wjw.index;

/**
 * The schema of a generation's paragraph-vector index (folder {@link #FOLDER} inside the generation):
 * one Lucene document per statement paragraph. Besides the vector it carries every dimension of the
 * registry ({@link Dimensions#ALL}) encoded as the statement index encodes it ({@link DimensionFields}),
 * and {@link Fields#RANK}, so the one filter query a request builds pre-filters the nearest-neighbour
 * search too.
 */
public final class VectorFields {
  private VectorFields() {}

  /** Folder of the vector index inside a generation; absent when the generation was built without vectors. */
  public static final String FOLDER = "vectors";

  /** The statement the paragraph belongs to ({@link Fields#ID}'s value): stored, and exact lookup. */
  public static final String STATEMENT = "statement";

  /** The paragraph's position in its statement, 0-based: stored. */
  public static final String PARAGRAPH = "paragraph";

  /**
   * The paragraph's unit-length embedding, HNSW-indexed with dot product (= cosine for unit vectors;
   * Lucene scores it (1 + cos) / 2).
   */
  public static final String VECTOR = "vector";

  /** Commit user data: the id of the model that made the vectors; a query must be embedded by the same one. */
  public static final String MODEL = "model";

  /** Commit user data: how many paragraph vectors the index holds. */
  public static final String PARAGRAPHS = "paragraphs";

  /** The cosine similarity behind a {@code DOT_PRODUCT} score: Lucene scores unit vectors (1 + cos) / 2. */
  public static float cosineOf(float score) {
    return 2 * score - 1;
  }
}
