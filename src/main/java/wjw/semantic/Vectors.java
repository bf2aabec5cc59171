package wjw.semantic;

/** Small vector helpers shared by the cache and the rankers. */
public final class Vectors {
  private Vectors() {}

  /** Dot product; for the unit-length vectors this package returns, the cosine similarity. */
  public static float dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return (float) sum;
  }

  /** {@code v} scaled to unit length, in place; a zero vector is left as it is. */
  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum > 0) {
      float scale = (float) (1 / Math.sqrt(sum));
      for (int i = 0; i < v.length; i++) {
        v[i] *= scale;
      }
    }
    return v;
  }
}
