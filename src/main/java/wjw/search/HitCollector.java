package wjw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import wjw.index.Dimension;
import wjw.index.Fields;

/**
 * Runs one search on a snapshot within its {@link Deadline}: pass 1 counts every match (exact total, facets, trends),
 * pass 2 finds the top hits, each taken from the generation's {@link ResultCache} when it already holds them; both
 * stop where the deadline passes. Then the page's hits are read and highlighted one by one while there is time for
 * another ({@link HighlightBudget}); collection leaves a fifth of the limit for that ({@link Deadline#forCollecting}).
 * Hits after that show their opening sentence unmarked, and the answer says it is partial and where it was cut.
 */
final class HitCollector {
  static final int PASSAGES_PER_HIT = 3;

  private final IndexSnapshot snapshot;
  private final ResultCache cache;

  /** @param cache the snapshot's own, or {@link ResultCache#NONE} */
  HitCollector(IndexSnapshot snapshot, ResultCache cache) {
    this.snapshot = snapshot;
    this.cache = cache;
  }

  SearchResult collect(ParsedQuery query, Deadline deadline) throws IOException {
    SearchRequest request = query.request();
    IndexSnapshot.RequestSearcher searcher = snapshot.searcherWithin(deadline.forCollecting());
    ResultCache.CountKey countKey = new ResultCache.CountKey(query.search(), request.trends());
    Counts counts = cache.counts(countKey);
    if (counts == null) {
      counts = count(searcher, query.search(), request.trends());
      stopIfGone(deadline);
      if (!searcher.stoppedEarly()) {
        cache.putCounts(countKey, counts);
      }
    }
    // Pass 2, the page: the top hits by the full query's score, then rank. With no promise of an
    // exact total here (threshold = hits wanted), Lucene skips documents that cannot score into the
    // top (block-max WAND over the postings' impacts); ties at the cut are kept and broken by rank,
    // so the hits are exactly those of scoring every match. In rank order (browsing, sort=newest) the
    // rank's doc values are compared for every match: the index is not sorted by rank (StatementWriter).
    int window = ResultCache.windowFor(request.from() + request.size());
    ResultCache.RankKey rankKey = new ResultCache.RankKey(query.search(), query.sort(), window);
    ScoreDoc[] ranked = cache.ranked(rankKey);
    if (ranked == null) {
      ranked = searcher.search(query.search(), new TopFieldCollectorManager(query.sort(), window, null, window))
          .scoreDocs;
      stopIfGone(deadline);
      if (!searcher.stoppedEarly()) {
        cache.putRanked(rankKey, ranked);
      }
    }

    ScoreDoc[] page = pageOf(ranked, request.from(), request.size());
    Map<Integer, Document> read = read(page);
    Passages passages = snapshot.sentences;
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
      Document doc = cache.document(id);
      if (doc == null) {
        doc = stored.document(id);
        cache.putDocument(id, doc);
      }
      read.put(id, doc);
    }
    return read;
  }

  /** The hits from {@code from}, at most {@code size} (the ranked window may hold more). */
  private static ScoreDoc[] pageOf(ScoreDoc[] ranked, int from, int size) {
    return from >= ranked.length ? new ScoreDoc[0] : Arrays.copyOfRange(ranked, from, Math.min(ranked.length, from + size));
  }

  private static void stopIfGone(Deadline deadline) {
    if (deadline.cancelled()) {
      throw SearchStoppedException.clientGone("collecting hits", deadline.elapsedMillis());
    }
  }
}
