package wjw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import wjw.index.Fields;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Paragraph;

/**
 * Streams every hit of a query from one snapshot, in the search's order: the hits are counted (within the search
 * time limit) and refused above {@link RequestLimits#MAX_EXPORT_ROWS}, their doc ids ordered in one pass, then read
 * and highlighted a batch at a time and handed to the sink, so memory holds the ordered ids and one batch, never the
 * answer.
 */
final class HitExporter {
  /** Hits read and highlighted together: large enough to amortise the highlighter, small enough to stream. */
  static final int BATCH = 256;
  /** Articles whose file names are remembered: hits of one page tend to come together. */
  private static final int CACHED_ARTICLES = 512;

  private final IndexSnapshot snapshot;
  private final Deadline deadline;
  private final Map<String, String> files = new LinkedHashMap<>(CACHED_ARTICLES, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > CACHED_ARTICLES;
    }
  };

  HitExporter(IndexSnapshot snapshot, Deadline deadline) {
    this.snapshot = snapshot;
    this.deadline = deadline;
  }

  /** Streams every hit of {@code parsed} (in its order) to {@code sink}; returns how many. */
  long export(ParsedQuery parsed, ExportSink sink) throws IOException {
    Query query = parsed.search();
    // Counting is bounded by the request's deadline; the rows then stream for as long as the client reads them.
    IndexSnapshot.RequestSearcher timed = snapshot.searcherWithin(deadline.forCollecting());
    int total = timed.count(query);
    if (timed.stoppedEarly()) {
      throw new QueryRejectedException("q", "counting the hits took longer than the search time limit ("
          + deadline.limit().toMillis() + " ms), so the export could not be complete; narrow the query or add filters");
    }
    RequestLimits.checkExportRows(total);
    ScoreDoc[] ordered = total == 0 ? new ScoreDoc[0]
        : snapshot.searcher.search(query, new TopFieldCollectorManager(parsed.sort(), total, null, Integer.MAX_VALUE)).scoreDocs;
    sink.begin(ordered.length);
    StoredFields stored = snapshot.searcher.storedFields();
    Passages passages = snapshot.sentences;
    for (int start = 0; start < ordered.length; start += BATCH) {
      int end = Math.min(ordered.length, start + BATCH);
      int[] docIds = new int[end - start];
      for (int i = start; i < end; i++) {
        docIds[i - start] = ordered[i].doc;
      }
      List<List<String>> html = passages.highlight(parsed.highlight(), docIds, HitCollector.PASSAGES_PER_HIT);
      for (int i = start; i < end; i++) {
        Float score = parsed.ranked() ? (Float) ((FieldDoc) ordered[i]).fields[0] : null;
        sink.row(row(i + 1, score, stored.document(ordered[i].doc), html.get(i - start)));
      }
    }
    sink.end();
    return ordered.length;
  }

  private ExportRow row(long rank, Float score, Document doc, List<String> html) throws IOException {
    List<Paragraph> paragraphs = LuceneSearchService.paragraphs(doc);
    List<Integer> lines = new ArrayList<>();
    paragraphs.forEach(p -> lines.addAll(p.lines()));
    List<ExportRow.Passage> found = new ArrayList<>(html.size());
    for (String passage : html) {
      found.add(new ExportRow.Passage(Html.toMarkedText(passage, "【", "】"),
          linesOf(Html.toMarkedText(passage, "", ""), paragraphs)));
    }
    String articleId = doc.get(Fields.ARTICLE_ID);
    return new ExportRow(rank, doc.get(Fields.ID), score, LuceneSearchService.yearOf(doc), doc.get(Fields.PROVINCE),
        doc.get(Fields.ORGANIZATION), LuceneSearchService.officials(doc), doc.get(Fields.HEADLINE), articleId,
        fileOf(articleId), lines, found);
  }

  /** The lines of the paragraph a passage was cut from (passages never cross a paragraph: they break at lines). */
  static List<Integer> linesOf(String passage, List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs) {
      if (p.text().contains(passage)) {
        return p.lines();
      }
    }
    return List.of();
  }

  private String fileOf(String articleId) throws IOException {
    String file = files.get(articleId);
    if (file == null) {
      file = snapshot.catalog.article(articleId).map(ArticleSummary::source).orElse("");
      files.put(articleId, file);
    }
    return file;
  }
}
