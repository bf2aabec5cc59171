package wjw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import wjw.index.Dimension;
import wjw.index.Fields;

/**
 * Runs one search on a snapshot within its {@link Deadline}: a single pass collects the sorted top
 * hits, the exact total and the facet counts, and stops where the deadline passes; then the page's
 * hits are read and highlighted one by one while there is time for another ({@link HighlightBudget}). Collection leaves a fifth of the limit for that ({@link Deadline#forCollecting}). Hits after
 * that show their opening sentence unmarked, and the answer says it is partial and where it was cut.
 */
final class HitCollector {
  static final int PASSAGES_PER_HIT = 3;

  private final IndexSnapshot snapshot;
  private final Analyzer analyzer;

  HitCollector(IndexSnapshot snapshot, Analyzer analyzer) {
    this.snapshot = snapshot;
    this.analyzer = analyzer;
  }

  SearchResult collect(ParsedQuery query, Deadline deadline) throws IOException {
    SearchRequest request = query.request();
    IndexSnapshot.RequestSearcher searcher = snapshot.searcherWithin(deadline.forCollecting());
    // Browsing counts depend on the filters and the trends asked alone: counted once per index generation.
    BrowseKey browse = request.browsing() ? new BrowseKey(query.search(), request.trends()) : null;
    Counts counts = browse != null ? snapshot.browseCounts.get(browse) : null;
    if (counts == null) {
      counts = count(searcher, query.search(), request.trends());
      if (deadline.cancelled()) {
        throw SearchStoppedException.clientGone("collecting hits", deadline.elapsedMillis());
      }
      if (browse != null && !searcher.stoppedEarly()) {
        snapshot.rememberBrowseCounts(browse, counts);
      }
    }
    // Pass 2, the page: the top hits by the full query's score, then rank. With no promise of an
    // exact total here (threshold = hits wanted), Lucene skips documents that cannot score into the
    // top (block-max WAND over the postings' impacts); ties at the cut are kept and broken by rank,
    // so the hits are exactly those of scoring every match. In rank order (the index's sort) each
    // segment stops after the page's documents.
    int wanted = request.from() + request.size();
    TopFieldDocs docs = searcher.search(query.search(), new TopFieldCollectorManager(query.sort(), wanted, null, wanted));
    if (deadline.cancelled()) {
      throw SearchStoppedException.clientGone("collecting hits", deadline.elapsedMillis());
    }

    ScoreDoc[] page = pageOf(docs.scoreDocs, request.from());
    Map<Integer, Document> read = read(page);
    Passages passages = Passages.sentences(snapshot.searcher, analyzer);
    List<Hit> hits = new ArrayList<>(page.length);
    HighlightBudget budget = new HighlightBudget(deadline);
    for (ScoreDoc scoreDoc : page) {
      Document doc = read.get(scoreDoc.doc);
      List<String> shown = budget.next(doc.get(Fields.TEXT),
          () -> passages.highlight(query.highlight(), new int[] {scoreDoc.doc}, PASSAGES_PER_HIT).get(0));
      float score = query.ranked() ? (Float) ((FieldDoc) scoreDoc).fields[0] : 0f;
      hits.add(new Hit(doc.get(Fields.ID), score, LuceneSearchService.yearOf(doc), doc.get(Fields.PROVINCE),
          doc.get(Fields.ORGANIZATION), LuceneSearchService.officials(doc),
          LuceneSearchService.articleRef(doc), shown));
    }
    int highlighted = budget.highlighted();
    String cut = searcher.stoppedEarly() ? deadline.cutWhileCollecting()
        : highlighted < page.length ? deadline.cutWhileHighlighting(request.from() + highlighted + 1) : null;
    return new SearchResult(request.query(), counts.total(), deadline.elapsedMillis(), request.from(),
        request.size(), hits, counts.counted().facets(), cut != null, cut, query.ignored(), counts.counted().trends());
  }

  /** The exact number of matches, their facet counts and the trends asked for. */
  record Counts(long total, FacetCollectorManager.Counts counted) {}

  /** What browsing counts depend on: the filters (as their query) and the trends asked for. */
  record BrowseKey(Query filters, List<Dimension> trends) {}

  /**
   * Pass 1, every match: the exact total, the facets and trends, without scores. Unscored, a
   * BooleanQuery drops its SHOULD clauses, so the smartcn ranking clause of every Chinese run is not
   * even evaluated here — on the mix it was a third of the CPU of a search.
   */
  private static Counts count(IndexSearcher searcher, Query query, List<Dimension> trends) throws IOException {
    Object[] counted = searcher.search(query, new MultiCollectorManager(
        new TotalHitCountCollectorManager(searcher.getSlices()), new FacetCollectorManager(trends)));
    return new Counts((Integer) counted[0], (FacetCollectorManager.Counts) counted[1]);
  }

  /**
   * The page's stored documents, read in index order: neighbours share a compressed block, which is
   * then decompressed once instead of once per hit (hits in rank order jump around the index).
   */
  private Map<Integer, Document> read(ScoreDoc[] page) throws IOException {
    int[] ids = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      ids[i] = page[i].doc;
    }
    Arrays.sort(ids);
    StoredFields stored = snapshot.searcher.storedFields();
    Map<Integer, Document> read = new HashMap<>();
    for (int id : ids) {
      read.put(id, stored.document(id));
    }
    return read;
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
