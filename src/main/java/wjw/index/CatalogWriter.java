package wjw.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
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
import org.apache.lucene.util.IOUtils;
import wjw.ingest.model.ArticleSummary;

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
  private final OfficialSummary.Fold officials = new OfficialSummary.Fold();
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
    doc.add(new SortedDocValuesField(LIST_ORDER, new BytesRef(Catalog.listOrder(article))));
    doc.add(new StoredField(JSON_FIELD, json(article)));
    writer.addDocument(doc);
    articles++;
    officials.add(article);
  }

  int articles() {
    return articles;
  }

  /** Commits the article index and writes the officials; the caller then publishes the generation. */
  void finish() throws IOException {
    writer.commit();
    IndexStore.writeJsonDurably(generation.resolve(OFFICIALS), officials.summaries());
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(writer, directory); // the directory is closed even if the writer's close fails
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of plain strings and numbers always serialise", e);
    }
  }
}
