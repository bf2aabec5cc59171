package wjw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import wjw.index.Fields;
import wjw.index.VectorFields;
import wjw.ingest.model.Paragraph;
import wjw.semantic.QueryEncoder;
import wjw.semantic.ReciprocalRankFusion;

/**
 * A search by meaning ({@link SearchMode#SEMANTIC}) or by words and meaning fused
 * ({@link SearchMode#HYBRID}) on one snapshot, for a query already embedded once.
 *
 * <p>Semantic: the {@link #NEAREST_PARAGRAPHS} paragraphs nearest the query vector (HNSW, the
 * request's filters applied inside the kNN search, so a narrow filter still gets its k), grouped by
 * statement, each ranked by its best paragraph. Hybrid: reciprocal-rank fusion of the literal
 * search's best {@link #LITERAL_DEPTH} statements (BM25, the literal mode's own query and filters)
 * and that semantic list. RRF fuses by rank alone, so BM25 scores (unbounded, query-dependent) and
 * cosines (about 0.3–0.8 here) need no calibration against each other; on the judged topics it beat
 * both of its parts (docs/semantic.md).
 *
 * <p>Total and facets count the candidates (the statements either list holds), not every statement
 * of the index; the answer says so in {@link Candidates}.
 */
final class SemanticSearch {
  /**
   * Paragraphs the kNN search returns. Enough for twenty pages of ten statements even when a statement's
   * paragraphs crowd together, and cheap: HNSW visits a few thousand vectors for it.
   */
  static final int NEAREST_PARAGRAPHS = 200;
  /** Literal statements fused in hybrid mode: as deep as the semantic list, so neither dominates by length. */
  static final int LITERAL_DEPTH = NEAREST_PARAGRAPHS;

  private final IndexSnapshot snapshot;
  private final QueryBuilder queries;

  SemanticSearch(IndexSnapshot snapshot, QueryBuilder queries) {
    this.snapshot = snapshot;
    this.queries = queries;
  }

  /**
   * {@code encoder} if it can embed {@code request}'s query now; otherwise why not, before any work is done. A search
   * by meaning ranks by meaning: another {@code sort} is refused, naming it.
   */
  static QueryEncoder ready(SearchRequest request, QueryEncoder encoder) {
    if (request.sort() != SortOrder.RELEVANCE) {
      throw new QueryRejectedException("sort", "mode=" + request.mode().label() + " ranks by meaning, so only"
          + " sort=relevance applies; use mode=literal to sort by " + request.sort().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (encoder == null || encoder.hasFailed()) {
      throw new SemanticUnavailableException(SemanticUnavailableException.Reason.NO_MODEL,
          "search by meaning is not available: the embedding model " + (encoder == null ? "was not started"
              : "could not be loaded (see the server log)") + "; use mode=literal");
    }
    if (!encoder.isReady()) {
      throw new SemanticUnavailableException(SemanticUnavailableException.Reason.MODEL_LOADING,
          "the embedding model for search by meaning is still loading; try again in a few seconds"
              + " (literal search works meanwhile)");
    }
    return encoder;
  }

  /** Refuses a snapshot without vectors, or with vectors of another model than {@code encoder}. */
  static void requireVectors(IndexSnapshot snapshot, QueryEncoder encoder) {
    if (snapshot.vectors == null) {
      throw new SemanticUnavailableException(SemanticUnavailableException.Reason.NO_VECTORS,
          "the index " + snapshot.generation.getFileName() + " has no paragraph vectors, so it cannot be searched by"
              + " meaning: it was built with --no-semantic or is over the size embedded by default; reindex with"
              + " --semantic, or use mode=literal");
    }
    if (!snapshot.vectors.model.equals(encoder.modelId())) {
      throw new SemanticUnavailableException(SemanticUnavailableException.Reason.NO_VECTORS,
          "the index's paragraph vectors were made by " + snapshot.vectors.model + " but queries are embedded by "
              + encoder.modelId() + "; reindex to embed them again, or use mode=literal");
    }
  }

  /** What health says about search by meaning on {@code snapshot} with {@code encoder} (null: none started). */
  static SemanticInfo info(IndexSnapshot snapshot, QueryEncoder encoder) {
    VectorSnapshot v = snapshot.vectors;
    String model = encoder == null ? "none" : encoder.isReady() ? "ready" : encoder.hasFailed() ? "failed" : "loading";
    return new SemanticInfo(v != null, v == null ? 0 : v.paragraphs, v == null ? null : v.model, model);
  }

  /** A statement's best paragraph by meaning. */
  private record Nearest(int paragraph, float cosine) {}

  SearchResult search(SearchRequest request, float[] vector, Deadline deadline) throws IOException {
    Map<String, Nearest> nearest = nearest(request, vector);
    if (deadline.cancelled()) {
      throw SearchStoppedException.clientGone("searching by meaning", deadline.elapsedMillis());
    }
    Map<String, Double> ranked = new LinkedHashMap<>();
    Map<String, Integer> literalDocs = Map.of();
    ParsedQuery parsed = null;
    Candidates candidates;
    String cut = null;
    if (request.mode() == SearchMode.HYBRID) {
      parsed = queries.parse(request, new TermExpansion(snapshot.reader, deadline));
      IndexSnapshot.RequestSearcher searcher = snapshot.searcherWithin(deadline.forCollecting());
      TopFieldDocs top = searcher.search(parsed.search(),
          new TopFieldCollectorManager(ParsedQuery.BY_RELEVANCE, LITERAL_DEPTH, null, Integer.MAX_VALUE));
      if (deadline.cancelled()) {
        throw SearchStoppedException.clientGone("collecting hits", deadline.elapsedMillis());
      }
      literalDocs = statementIds(top.scoreDocs);
      ranked.putAll(ReciprocalRankFusion.scores(
          List.of(List.copyOf(literalDocs.keySet()), List.copyOf(nearest.keySet())), ReciprocalRankFusion.DEFAULT_K));
      long matches = top.totalHits.value();
      candidates = new Candidates(ranked.size(), NEAREST_PARAGRAPHS, literalDocs.size(), matches, String.format(
          "total, facets and trends count the %d statements fused: the best %d of the %d literal matches and the %d statements"
              + " among the %d paragraphs nearest in meaning, not every statement", ranked.size(), literalDocs.size(),
          matches, nearest.size(), NEAREST_PARAGRAPHS));
      if (searcher.stoppedEarly()) {
        cut = "the search time limit (" + deadline.limit().toMillis() + " ms) ran out while collecting literal"
            + " matches: only those found by then were fused";
      }
    } else {
      nearest.forEach((id, n) -> ranked.put(id, (double) n.cosine()));
      candidates = new Candidates(ranked.size(), NEAREST_PARAGRAPHS, null, null, String.format(
          "total, facets and trends count the %d statements among the %d paragraphs nearest in meaning, not every statement",
          ranked.size(), NEAREST_PARAGRAPHS));
    }
    FacetCollectorManager.Counts counts = snapshot.searcher.search(byIds(ranked.keySet()),
        new FacetCollectorManager(request.trends()));
    List<String> ids = List.copyOf(ranked.keySet());
    List<String> page = request.from() >= ids.size() ? List.of()
        : ids.subList(request.from(), Math.min(ids.size(), request.from() + request.size()));
    List<Hit> hits = new ArrayList<>(page.size());
    for (String id : page) {
      if (deadline.cancelled()) {
        throw SearchStoppedException.clientGone("reading hits", deadline.elapsedMillis());
      }
      Integer docId = literalDocs.get(id);
      hits.add(hit(id, docId == null ? docIdOf(id) : docId, ranked.get(id).floatValue(), nearest.get(id),
          docId == null ? null : parsed.highlight(), deadline));
    }
    return new SearchResult(request.query(), ranked.size(), deadline.elapsedMillis(), request.from(), request.size(),
        hits, counts.facets(), cut != null, cut, parsed == null ? List.of() : parsed.ignored(), counts.trends(),
        request.mode().label(), candidates);
  }

  /** The statements of the nearest paragraphs, best first, each with its best paragraph. */
  private Map<String, Nearest> nearest(SearchRequest request, float[] vector) throws IOException {
    VectorSnapshot vectors = snapshot.vectors;
    Query filter = request.filters().isEmpty() ? null : QueryBuilder.withFilters(new MatchAllDocsQuery(), request);
    TopDocs top = vectors.searcher.search(
        new KnnFloatVectorQuery(VectorFields.VECTOR, vector, NEAREST_PARAGRAPHS, filter), NEAREST_PARAGRAPHS);
    StoredFields stored = vectors.searcher.storedFields();
    Map<String, Nearest> best = new LinkedHashMap<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc);
      best.putIfAbsent(doc.get(VectorFields.STATEMENT), new Nearest(
          doc.getField(VectorFields.PARAGRAPH).numericValue().intValue(), VectorFields.cosineOf(hit.score)));
    }
    return best;
  }

  private Map<String, Integer> statementIds(ScoreDoc[] docs) throws IOException {
    StoredFields stored = snapshot.searcher.storedFields();
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (ScoreDoc doc : docs) {
      ids.put(stored.document(doc.doc, java.util.Set.of(Fields.ID)).get(Fields.ID), doc.doc);
    }
    return ids;
  }

  private static Query byIds(java.util.Collection<String> ids) {
    return new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList());
  }

  private int docIdOf(String id) throws IOException {
    TopDocs top = snapshot.searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) { // the vector index and the statement index are built together
      throw new IllegalStateException("paragraph vectors name statement " + id + ", which the index does not hold");
    }
    return top.scoreDocs[0].doc;
  }

  /**
   * A hit: literal passages when it matched literally ({@code highlight} not null) and there is time, else its
   * paragraph nearest in meaning, and that paragraph as its {@link MeaningMatch} when it has one.
   */
  private Hit hit(String id, int docId, float score, Nearest nearest, Query highlight, Deadline deadline)
      throws IOException {
    Document doc = snapshot.searcher.storedFields().document(docId);
    List<Paragraph> paragraphs = LuceneSearchService.paragraphs(doc);
    MeaningMatch meaning = nearest == null || nearest.paragraph() >= paragraphs.size() ? null
        : new MeaningMatch(nearest.paragraph() + 1, Math.round(nearest.cosine() * 1000) / 1000.0,
            Html.escape(paragraphs.get(nearest.paragraph()).text()));
    List<String> shown;
    if (highlight != null && !deadline.expired()) {
      shown = snapshot.sentences.highlight(highlight, new int[] {docId},
          HitCollector.PASSAGES_PER_HIT).get(0);
    } else if (meaning != null) {
      shown = List.of(meaning.html());
    } else {
      shown = Passages.opening(doc.get(Fields.TEXT));
    }
    return new Hit(id, score, LuceneSearchService.yearOf(doc), doc.get(Fields.PROVINCE), doc.get(Fields.ORGANIZATION),
        LuceneSearchService.officials(doc), LuceneSearchService.articleRef(doc), shown, meaning);
  }
}
