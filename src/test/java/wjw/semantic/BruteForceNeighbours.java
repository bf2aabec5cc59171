package wjw.semantic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import wjw.index.VectorFields;

/**
 * Similar statements by paragraph vectors, for measuring against the wording-based finder: every
 * vector of a generation read into memory, compared exhaustively (on these corpora exact kNN is what
 * HNSW approximates). The source is one paragraph's vector, or the normalised mean of its statement's.
 * A statement scores its best paragraph's cosine.
 */
public final class BruteForceNeighbours {
  private record Vec(String statement, int paragraph, float[] vector) {}

  private final List<Vec> all = new ArrayList<>();

  private BruteForceNeighbours() {}

  public static BruteForceNeighbours open(Path generation) throws IOException {
    BruteForceNeighbours n = new BruteForceNeighbours();
    try (FSDirectory d = FSDirectory.open(generation.resolve(VectorFields.FOLDER));
        DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : r.leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VectorFields.VECTOR);
        var stored = leaf.reader().storedFields();
        KnnVectorValues.DocIndexIterator it = values.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          var fields = stored.document(doc);
          n.all.add(new Vec(fields.get(VectorFields.STATEMENT),
              fields.getField(VectorFields.PARAGRAPH).numericValue().intValue(), values.vectorValue(it.index()).clone()));
        }
      }
    }
    return n;
  }

  /** The {@code size} statements nearest statement {@code id} or its paragraph {@code paragraph} (1-based). */
  public List<String> similarTo(String id, Integer paragraph, int size) {
    float[] source = new float[Embedder.DIMENSIONS];
    for (Vec v : all) {
      if (v.statement().equals(id) && (paragraph == null || v.paragraph() == paragraph - 1)) {
        for (int i = 0; i < source.length; i++) {
          source[i] += v.vector()[i];
        }
      }
    }
    Vectors.normalize(source);
    Map<String, Float> best = new HashMap<>();
    for (Vec v : all) {
      if (!v.statement().equals(id)) {
        best.merge(v.statement(), Vectors.dot(source, v.vector()), Math::max);
      }
    }
    return best.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey())).limit(size).map(Map.Entry::getKey).toList();
  }
}
