package wjw.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A stand-in model for the cache's tests: a deterministic vector per text (seeded by the text) and
 * a count of the texts it was asked to embed, so a test sees exactly what the cache computed.
 */
final class CountingEncoder implements PassageEncoder {
  private final String modelId;
  private final int dimensions;
  final List<String> embedded = new ArrayList<>();

  CountingEncoder(String modelId, int dimensions) {
    this.modelId = modelId;
    this.dimensions = dimensions;
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public synchronized List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress) {
    List<float[]> out = new ArrayList<>();
    for (String text : texts) {
      embedded.add(text);
      out.add(vector(text));
      progress.progress(out.size(), texts.size());
    }
    return out;
  }

  float[] vector(String text) {
    Random r = new Random(text.hashCode());
    float[] v = new float[dimensions];
    for (int i = 0; i < dimensions; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return Vectors.normalize(v);
  }
}
