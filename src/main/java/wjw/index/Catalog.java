package wjw.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import wjw.ingest.model.ArticleSummary;

/**
 * A generation's catalog opened for reading: articles are read from disk by id or by page of the
 * list, so a million-statement index costs the server no heap for them; officials are the small
 * per-name summaries.
 */
public final class Catalog implements Closeable {
  /**
   * Catalogs of generations built before the summary lost its statements' {@code organization} (which nothing read)
   * still hold it: unknown fields are skipped so such an index keeps serving.
   */
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Sort LIST = new Sort(new SortField(CatalogWriter.LIST_ORDER, SortField.Type.STRING));

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<OfficialSummary> officials;

  private Catalog(DirectoryReader reader, List<OfficialSummary> officials) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.officials = officials;
  }

  /** Opens the catalog of a complete generation; a {@link BrokenIndexException} names what is wrong. */
  public static Catalog open(Path generation) throws BrokenIndexException {
    Path dir = generation.resolve(CatalogWriter.DIR);
    if (!Files.isDirectory(dir)) {
      throw new BrokenIndexException("index " + generation.getParent() + " is broken: " + generation.getFileName()
          + " has no " + CatalogWriter.DIR + "/ folder (built by an older wjw-search?)", true);
    }
    List<OfficialSummary> officials;
    try (InputStream in = Files.newInputStream(generation.resolve(CatalogWriter.OFFICIALS))) {
      officials = JSON.readValue(in, new TypeReference<>() {});
    } catch (IOException e) {
      throw BrokenIndexException.unreadable(generation, CatalogWriter.OFFICIALS, e);
    }
    try {
      return new Catalog(DirectoryReader.open(FSDirectory.open(dir)), List.copyOf(officials));
    } catch (IOException | RuntimeException e) {
      throw BrokenIndexException.unreadable(generation, e);
    }
  }

  public int size() {
    return reader.numDocs();
  }

  public Optional<ArticleSummary> article(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(CatalogWriter.ID, id)), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(read(top.scoreDocs[0].doc));
  }

  /** Articles {@code from} .. {@code from + size - 1} of the list: newest year first, then id. */
  public List<ArticleSummary> list(int from, int size) throws IOException {
    int end = (int) Math.min((long) from + size, reader.numDocs());
    if (from >= end) {
      return List.of();
    }
    ScoreDoc[] docs = searcher.search(new MatchAllDocsQuery(), end, LIST).scoreDocs;
    List<ArticleSummary> page = new ArrayList<>(end - from);
    for (int i = from; i < docs.length; i++) {
      page.add(read(docs[i].doc));
    }
    return page;
  }

  public List<OfficialSummary> officials() {
    return officials;
  }

  private ArticleSummary read(int doc) throws IOException {
    String json = searcher.storedFields().document(doc).get(CatalogWriter.JSON_FIELD);
    return JSON.readValue(json, ArticleSummary.class);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
