package wjw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import wjw.index.Fields;

/**
 * Runs one search on a snapshot within its {@link Deadline}: a single pass collects the sorted top
 * hits, the exact total and the facet counts, and stops where the deadline passes; then the page's
 * hits are read and highlighted one by one while time remains. Hits past the deadline show their
 * opening sentence unmarked, and the answer says it is partial and where it was cut.
 */
final class HitCollector {
  static final int PASSAGES_PER_HIT = 3;

  /** Relevance, then newer year, then page and reading order ({@link Fields#RANK}): deterministic ties. */
  private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.RANK, SortField.Type.LONG));
  /** Browsing (no query): newest year first, then page and reading order. */
  private static final Sort BY_YEAR = new Sort(new SortField(Fields.RANK, SortField.Type.LONG));

  private final IndexSnapshot snapshot;
  private final Analyzer analyzer;

  HitCollector(IndexSnapshot snapshot, Analyzer analyzer) {
    this.snapshot = snapshot;
    this.analyzer = analyzer;
  }

  SearchResult collect(SearchRequest request, QueryBuilder.Parsed query, Deadline deadline) throws IOException {
    boolean browsing = request.query() == null || request.query().isBlank();
    Sort sort = browsing ? BY_YEAR : BY_RELEVANCE;
    // threshold MAX_VALUE: count every match, the total is promised exact
    var top = new TopFieldCollectorManager(sort, request.from() + request.size(), null, Integer.MAX_VALUE);
    IndexSnapshot.RequestSearcher searcher = snapshot.searcherWithin(deadline.asQueryTimeout());
    Object[] results = searcher.search(query.search(), new MultiCollectorManager(top, new FacetCollectorManager()));
    if (deadline.cancelled()) {
      throw SearchStoppedException.clientGone("collecting hits", deadline.elapsedMillis());
    }
    TopFieldDocs docs = (TopFieldDocs) results[0];
    Facets facets = (Facets) results[1];

    ScoreDoc[] page = pageOf(docs.scoreDocs, request.from());
    Passages passages = Passages.sentences(snapshot.searcher, analyzer);
    StoredFields stored = snapshot.searcher.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    int highlighted = 0;
    for (ScoreDoc scoreDoc : page) {
      Document doc = stored.document(scoreDoc.doc);
      List<String> shown;
      if (deadline.shouldStop()) {
        if (deadline.cancelled()) {
          throw SearchStoppedException.clientGone("highlighting", deadline.elapsedMillis());
        }
        shown = Passages.opening(doc.get(Fields.TEXT));
      } else {
        shown = passages.highlight(query.highlight(), new int[] {scoreDoc.doc}, PASSAGES_PER_HIT).get(0);
        highlighted++;
      }
      float score = browsing ? 0f : (Float) ((FieldDoc) scoreDoc).fields[0];
      hits.add(new Hit(doc.get(Fields.ID), score, LuceneSearchService.yearOf(doc), doc.get(Fields.PROVINCE),
          doc.get(Fields.ORGANIZATION), LuceneSearchService.officials(doc),
          LuceneSearchService.articleRef(doc), shown));
    }
    String cut = searcher.stoppedEarly() ? cutWhileCollecting(deadline)
        : highlighted < page.length ? cutWhileHighlighting(deadline, request.from() + highlighted + 1) : null;
    return new SearchResult(request.query() == null ? "" : request.query(), docs.totalHits.value(),
        deadline.elapsedMillis(), request.from(), request.size(), hits, facets, cut != null, cut, query.ignored());
  }

  private static String cutWhileCollecting(Deadline deadline) {
    return "the search time limit (" + deadline.limit().toMillis() + " ms) passed while collecting:"
        + " hits, total and facets cover only the part of the index searched";
  }

  private static String cutWhileHighlighting(Deadline deadline, int firstUnmarked) {
    return "the search time limit (" + deadline.limit().toMillis() + " ms) passed while highlighting:"
        + " hits from number " + firstUnmarked + " on show their opening sentence, unmarked";
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
