package wjw.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import wjw.index.Fields;

/**
 * Runs one search on a snapshot: a single pass collects the sorted top hits, the exact total and
 * the facet counts; then the page's hits are read and highlighted.
 */
final class HitCollector {
  static final int PASSAGES_PER_HIT = 3;

  /** Relevance, then newer year, then page and reading order ({@link Fields#RANK}): deterministic ties. */
  static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.RANK, SortField.Type.LONG));
  /** Browsing (no query): newest year first, then page and reading order. */
  static final Sort BY_YEAR = new Sort(new SortField(Fields.RANK, SortField.Type.LONG));

  private final IndexSnapshot snapshot;
  private final Analyzer analyzer;
  private final Duration timeLimit;

  HitCollector(IndexSnapshot snapshot, Analyzer analyzer, Duration timeLimit) {
    this.snapshot = snapshot;
    this.analyzer = analyzer;
    this.timeLimit = timeLimit;
  }

  SearchResult collect(SearchRequest request, Query query, Query highlight, long started) throws IOException {
    boolean browsing = request.query() == null || request.query().isBlank();
    Sort sort = browsing ? BY_YEAR : BY_RELEVANCE;
    // threshold MAX_VALUE: count every match, the total is promised exact
    var top = new TopFieldCollectorManager(sort, request.from() + request.size(), null, Integer.MAX_VALUE);
    IndexSearcher searcher = snapshot.searcherWithin(timeLimit);
    Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCollectorManager()));
    TopFieldDocs docs = (TopFieldDocs) results[0];
    Facets facets = (Facets) results[1];

    ScoreDoc[] page = pageOf(docs.scoreDocs, request.from());
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    List<List<String>> passages = Passages.sentences(snapshot.searcher, analyzer)
        .highlight(highlight, docIds, PASSAGES_PER_HIT);
    StoredFields stored = snapshot.searcher.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc);
      float score = browsing ? 0f : (Float) ((FieldDoc) page[i]).fields[0];
      hits.add(new Hit(doc.get(Fields.ID), score, LuceneSearchService.yearOf(doc), doc.get(Fields.PROVINCE),
          doc.get(Fields.ORGANIZATION), LuceneSearchService.officials(doc),
          LuceneSearchService.articleRef(doc), passages.get(i)));
    }
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new SearchResult(request.query() == null ? "" : request.query(), docs.totalHits.value(), tookMs,
        request.from(), request.size(), hits, facets, searcher.timedOut());
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int from) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[all.length - from];
    System.arraycopy(all, from, page, 0, page.length);
    return page;
  }
}
