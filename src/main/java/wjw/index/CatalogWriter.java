package wjw.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Official;

/**
 * Writes a generation's catalog while the reindex runs, one article at a time, so nothing about
 * the whole corpus is held in memory: articles go into a small Lucene index of their own
 * ({@code catalog/}, looked up by id and listed newest first from disk), and officials are folded
 * into per-name summaries written as {@code officials.json} at the end.
 */
final class CatalogWriter implements Closeable {
  static final String DIR = "catalog";
  static final String OFFICIALS = "officials.json";
  static final String ID = "id";
  static final String LIST_ORDER = "list_order";
  static final String JSON_FIELD = "json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path generation;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final Map<String, OfficialSummary.Builder> officials = new TreeMap<>();
  private int articles;

  CatalogWriter(Path generation) throws IOException {
    this.generation = generation;
    this.directory = FSDirectory.open(generation.resolve(DIR));
    this.writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
  }

  void add(ArticleSummary article) throws IOException {
    Document doc = new Document();
    doc.add(new KeywordField(ID, article.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(LIST_ORDER, new BytesRef(listOrder(article))));
    doc.add(new StoredField(JSON_FIELD, json(article)));
    writer.addDocument(doc);
    articles++;
    for (ArticleSummary.StatementSummary statement : article.statements()) {
      for (Official official : statement.officials()) {
        officials.computeIfAbsent(official.name(), OfficialSummary.Builder::new)
            .add(official.title(), statement.province(), article.year());
      }
    }
  }

  int articles() {
    return articles;
  }

  /** Commits the article index and writes the officials; the caller then publishes the generation. */
  void finish() throws IOException {
    writer.commit();
    List<OfficialSummary> summaries = new ArrayList<>(officials.size());
    officials.values().forEach(b -> summaries.add(b.build()));
    IndexStore.writeJsonDurably(generation.resolve(OFFICIALS), summaries);
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }

  /** Newest year first (no year last), then id: the order {@code GET /api/articles} lists them in. */
  static String listOrder(ArticleSummary article) {
    int year = article.year() == null ? 0 : Math.max(0, Math.min(9999, article.year()));
    return String.format("%04d", 9999 - year) + '\u0000' + article.id();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of plain strings and numbers always serialise", e);
    }
  }
}
