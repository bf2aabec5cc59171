package wjw.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;
import wjw.semantic.CacheStats;
import wjw.semantic.EmbeddingCache;
import wjw.semantic.PassageEncoder;

/**
 * Builds a generation's paragraph-vector index ({@link VectorFields}) from its committed statement
 * index: every paragraph of every statement, embedded through the index folder's
 * {@link EmbeddingCache} (so an unchanged paragraph is read, not embedded again), is one document.
 * It runs inside the reindex, before the generation is published: if it fails, the reindex fails and
 * the previous generation keeps serving.
 */
final class ParagraphVectors {
  private static final Logger LOG = LoggerFactory.getLogger(ParagraphVectors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() {};
  private static final TypeReference<List<Official>> OFFICIALS = new TypeReference<>() {};
  private static final Set<String> STORED = Set.of(Fields.ID, Fields.ARTICLE_ID, Fields.PROVINCE, Fields.YEAR,
      Fields.ORGANIZATION, Fields.OFFICIALS_JSON, Fields.PARAGRAPHS_JSON);

  /** The embedding cache, beside the generations in the index folder: it outlives them. */
  static final String CACHE_FILE = "embeddings.cache";
  /** Paragraphs embedded per batch: enough to keep both cores busy, few enough that memory stays flat (4 MB). */
  static final int BATCH = 2_048;
  /** A progress line at most this often. */
  private static final long PROGRESS_NANOS = 5_000_000_000L;
  /**
   * The cache is rewritten without the vectors of paragraphs no longer in the corpus once these are
   * more than this share of it: rewriting costs a pass over the file, stale vectors only disk.
   */
  static final double STALE_SHARE_TO_COMPACT = 0.25;

  private ParagraphVectors() {}

  /** One paragraph to embed, with its statement (for the dimension fields) and the statement's rank. */
  private record Item(Statement statement, int paragraph, String text, long rank) {}

  /**
   * Embeds the paragraphs of {@code generation}'s committed statement index into
   * {@code generation/vectors}, unless {@code semantic} says not to for a corpus this size.
   */
  static VectorReport build(Path generation, Path indexRoot, SemanticIndexing semantic) throws IOException {
    if (semantic.choice() == SemanticIndexing.Choice.OFF) {
      // Without this the count below reads every statement's stored paragraphs again, on one thread, for nothing.
      return VectorReport.skipped(semantic.reasonToSkip(0));
    }
    long started = System.nanoTime();
    try (FSDirectory dir = FSDirectory.open(generation); DirectoryReader statements = DirectoryReader.open(dir)) {
      long paragraphs = countParagraphs(statements);
      String skip = semantic.reasonToSkip(paragraphs);
      if (skip != null) {
        if (semantic.choice() == SemanticIndexing.Choice.AUTO) {
          LOG.info("no paragraph vectors: {}", skip);
        }
        return VectorReport.skipped(skip);
      }
      PassageEncoder encoder;
      try {
        encoder = semantic.encoder().get();
      } catch (RuntimeException e) {
        throw new IOException("the embedding model is not available: " + e.getMessage(), e);
      }
      try (EmbeddingCache cache = EmbeddingCache.open(indexRoot.resolve(CACHE_FILE), encoder)) {
        write(statements, generation.resolve(VectorFields.FOLDER), cache, encoder.modelId(), paragraphs);
        CacheStats stats = cache.stats();
        if (stats.entries() > 0 && stats.entries() - distinct(stats) > STALE_SHARE_TO_COMPACT * stats.entries()) {
          cache.compact();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("paragraph vectors: {} paragraphs, {} from the cache, {} embedded, in {} s", stats.paragraphs(),
            stats.fromCache(), stats.embedded(), String.format("%.1f", seconds));
        return new VectorReport(true, null, stats.paragraphs(), stats.fromCache(), stats.embedded(), seconds,
            encoder.modelId());
      } catch (RuntimeException e) { // the model failing (it throws unchecked) fails the reindex like a disk would
        throw new IOException("embedding paragraphs failed: " + e.getMessage(), e);
      }
    }
  }

  /** A lower bound of the distinct texts asked for (repeated paragraphs are asked for more than once). */
  private static long distinct(CacheStats stats) {
    return Math.min(stats.entries(), stats.paragraphs());
  }

  private static long countParagraphs(DirectoryReader reader) throws IOException {
    long count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          count += embeddable(JSON.readValue(stored.document(doc, Set.of(Fields.PARAGRAPHS_JSON))
              .get(Fields.PARAGRAPHS_JSON), PARAGRAPHS)).size();
        }
      }
    }
    return count;
  }

  /** The paragraphs with text to embed, by position (a blank one has no meaning to find). */
  private static Map<Integer, String> embeddable(List<Paragraph> paragraphs) {
    Map<Integer, String> texts = new java.util.LinkedHashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!paragraphs.get(i).text().isBlank()) {
        texts.put(i, paragraphs.get(i).text());
      }
    }
    return texts;
  }

  private static void write(DirectoryReader statements, Path folder, EmbeddingCache cache, String model,
      long total) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(StatementWriter.RAM_BUFFER_MB);
    Progress progress = new Progress(total);
    try (FSDirectory dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, config)) {
      List<Item> batch = new ArrayList<>(BATCH);
      for (LeafReaderContext leaf : statements.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        NumericDocValues ranks = leaf.reader().getNumericDocValues(Fields.RANK);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Statement statement = statement(stored.document(doc, STORED));
          long rank = ranks != null && ranks.advanceExact(doc) ? ranks.longValue() : Long.MAX_VALUE;
          for (Map.Entry<Integer, String> p : embeddable(statement.paragraphs()).entrySet()) {
            batch.add(new Item(statement, p.getKey(), p.getValue(), rank));
            if (batch.size() == BATCH) {
              flush(batch, cache, writer, progress);
            }
          }
        }
      }
      flush(batch, cache, writer, progress);
      writer.setLiveCommitData(Map.of(VectorFields.MODEL, model, VectorFields.PARAGRAPHS,
          String.valueOf(progress.done)).entrySet());
      writer.commit();
    }
  }

  private static void flush(List<Item> batch, EmbeddingCache cache, IndexWriter writer, Progress progress)
      throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<float[]> vectors = cache.vectorsFor(batch.stream().map(Item::text).toList(),
        (done, total) -> progress.at(done));
    for (int i = 0; i < batch.size(); i++) {
      writer.addDocument(document(batch.get(i), vectors.get(i)));
    }
    progress.batchDone(batch.size());
    batch.clear();
  }

  /** The statement as indexed, read back from its stored fields: what the dimensions take their values from. */
  private static Statement statement(Document d) throws IOException {
    Integer year = d.getField(Fields.YEAR) == null ? null : d.getField(Fields.YEAR).numericValue().intValue();
    return new Statement(d.get(Fields.ID), d.get(Fields.ARTICLE_ID), year, d.get(Fields.PROVINCE),
        d.get(Fields.ORGANIZATION), JSON.readValue(d.get(Fields.OFFICIALS_JSON), OFFICIALS),
        JSON.readValue(d.get(Fields.PARAGRAPHS_JSON), PARAGRAPHS));
  }

  /** A paragraph's document: its vector, whose paragraph it is, and its statement's dimensions as the statement index has them. */
  private static Document document(Item item, float[] vector) {
    Document doc = new Document();
    doc.add(new KeywordField(VectorFields.STATEMENT, item.statement().id(), Field.Store.YES));
    doc.add(new StoredField(VectorFields.PARAGRAPH, item.paragraph()));
    doc.add(new KnnFloatVectorField(VectorFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    for (Dimension dimension : Dimensions.ALL) {
      DimensionFields.index(dimension, item.statement(), doc);
    }
    doc.add(new NumericDocValuesField(Fields.RANK, item.rank()));
    return doc;
  }

  /** Logs how far embedding has got, at most every {@link #PROGRESS_NANOS}; called from the model's threads. */
  private static final class Progress {
    private final long total;
    private volatile long done;
    private long lastLog = System.nanoTime();

    Progress(long total) {
      this.total = total;
    }

    synchronized void at(int doneInBatch) {
      long now = System.nanoTime();
      if (now - lastLog >= PROGRESS_NANOS) {
        lastLog = now;
        LOG.info("embedding paragraphs: {} of {}", String.format("%,d", done + doneInBatch), String.format("%,d", total));
      }
    }

    synchronized void batchDone(int size) {
      done += size;
    }
  }
}
