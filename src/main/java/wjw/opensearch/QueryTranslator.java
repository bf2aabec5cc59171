package wjw.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import wjw.index.Dimension;
import wjw.search.QueryPlanner;

/**
 * Translates the parsed query — a Lucene query tree ({@link QueryPlanner}) — node by node into OpenSearch's query
 * DSL, so both backends run the same query: nothing is re-parsed or rebuilt from strings.
 *
 * <ul>
 *   <li>A phrase (a Chinese run: bigrams at their positions; the smartcn words that rank it) becomes
 *       {@code match_phrase} of its terms themselves, separated by spaces, with {@link StatementIndex#PHRASE_GAP} at
 *       each position the phrase skips (a run cut by punctuation: {@code 医共体，健康} puts 健康 two positions after
 *       共体), read back by the index's {@link StatementIndex#PHRASE_TERMS_ANALYZER}, with the phrase's slop: OpenSearch
 *       then builds the very {@code PhraseQuery} (terms, positions, slop) and scores it as Lucene does, also when a
 *       word repeats ({@code 一老一小}: 一 老 一 小) or the phrase is sloppy. Re-analysing the run with the field's own
 *       analyzer would give a graph of unigrams and bigrams whose unigram path also matches across punctuation, and
 *       {@code span_near} (tried first) scores a repeated term once and a sloppy match by its own measure, which
 *       reordered hits.</li>
 *   <li>Fuzzy words become {@code fuzzy} with the edits the parser allowed, at most
 *       {@link QueryPlanner#FUZZY_TERMS_KEPT} terms, transpositions counted as one edit. Wildcard and prefix words
 *       become {@code wildcard} and {@code prefix} rewritten as {@code constant_score_boolean}: every term they
 *       expand to is a clause, counted with all the others against the cluster's clause ceiling
 *       ({@code indices.query.bool.max_clause_count}, which {@link ClusterCheck} requires to be the embedded
 *       engine's), so the expansion of one request is bounded in the cluster as it is here.</li>
 *   <li>A boolean query with nothing but prohibited clauses matches nothing in Lucene; OpenSearch's {@code bool}
 *       would match everything else, so it becomes {@code match_none}.</li>
 * </ul>
 * Any other node is a programming error (the parser makes no other), refused by name.
 */
public final class QueryTranslator {

  /** How wildcard and prefix words are expanded: one clause per term, so the clause ceiling bounds them. */
  static final String EXPANDED_AS_CLAUSES = "constant_score_boolean";

  private QueryTranslator() {}

  /** The OpenSearch query for a Lucene query the parser made. */
  public static Query translate(org.apache.lucene.search.Query query) {
    return node(query, null);
  }

  /**
   * The OpenSearch query for what was typed ({@code clauses}, a Lucene query the parser made) and the request's
   * {@code filters}, which select without scoring as in the embedded index ({@link ClusterDimensions#filter}).
   */
  public static Query translate(org.apache.lucene.search.Query clauses, Map<Dimension, String> filters) {
    Query typed = translate(clauses);
    if (filters.isEmpty()) {
      return typed;
    }
    List<Query> selected = filters.entrySet().stream().map(f -> ClusterDimensions.filter(f.getKey(), f.getValue()))
        .toList();
    return Query.of(q -> q.bool(b -> b.must(typed).filter(selected)));
  }

  private static Query node(org.apache.lucene.search.Query query, Float boost) {
    if (query instanceof BoostQuery boosted) {
      float outer = boost == null ? 1f : boost;
      return node(boosted.getQuery(), outer * boosted.getBoost());
    }
    if (query instanceof BooleanQuery bool) {
      return bool(bool, boost);
    }
    if (query instanceof TermQuery term) {
      Term t = term.getTerm();
      return Query.of(q -> q.term(x -> x.field(t.field()).value(FieldValue.of(t.text())).boost(boost)));
    }
    if (query instanceof PhraseQuery phrase) {
      return phrase(phrase, boost);
    }
    if (query instanceof ConstantScoreQuery constant) {
      Query inner = node(constant.getQuery(), null);
      return Query.of(q -> q.constantScore(c -> c.filter(inner).boost(boost)));
    }
    if (query instanceof MatchAllDocsQuery) {
      return Query.of(q -> q.matchAll(m -> m.boost(boost)));
    }
    if (query instanceof MatchNoDocsQuery) {
      return matchNone();
    }
    if (query instanceof FieldExistsQuery exists) {
      // a dimension's values are looked for where its exact values are (a text field without norms has no index of them)
      String field = ClusterDimensions.exactField(exists.getField());
      return Query.of(q -> q.exists(e -> e.field(field).boost(boost)));
    }
    if (query instanceof IndexSortSortedNumericDocValuesRangeQuery sorted) {
      return node(sorted.getFallbackQuery(), boost);
    }
    if (query instanceof IndexOrDocValuesQuery either) {
      return node(either.getIndexQuery(), boost);
    }
    if (query instanceof PointRangeQuery range) {
      return intRange(range, boost);
    }
    if (query instanceof FuzzyQuery fuzzy) {
      Term t = fuzzy.getTerm();
      return Query.of(q -> q.fuzzy(f -> f.field(t.field()).value(FieldValue.of(t.text()))
          .fuzziness(Integer.toString(fuzzy.getMaxEdits()))
          .prefixLength(fuzzy.getPrefixLength())
          .transpositions(fuzzy.getTranspositions())
          .maxExpansions(QueryPlanner.FUZZY_TERMS_KEPT)
          .boost(boost)));
    }
    if (query instanceof WildcardQuery wildcard) {
      Term t = wildcard.getTerm();
      return Query.of(q -> q.wildcard(w -> w.field(t.field()).value(t.text()).rewrite(EXPANDED_AS_CLAUSES).boost(boost)));
    }
    if (query instanceof PrefixQuery prefix) {
      Term t = prefix.getPrefix();
      return Query.of(q -> q.prefix(p -> p.field(t.field()).value(t.text()).rewrite(EXPANDED_AS_CLAUSES).boost(boost)));
    }
    throw new IllegalArgumentException("no OpenSearch translation for a " + query.getClass().getSimpleName()
        + " (" + query + "): the parser makes none");
  }

  private static Query bool(BooleanQuery bool, Float boost) {
    List<Query> must = new ArrayList<>();
    List<Query> should = new ArrayList<>();
    List<Query> mustNot = new ArrayList<>();
    List<Query> filter = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      Query translated = node(clause.query(), null);
      switch (clause.occur()) {
        case MUST -> must.add(translated);
        case SHOULD -> should.add(translated);
        case MUST_NOT -> mustNot.add(translated);
        case FILTER -> filter.add(translated);
      }
    }
    if (must.isEmpty() && should.isEmpty() && filter.isEmpty()) {
      return matchNone(); // Lucene: a query of prohibitions alone, or of no clause, matches nothing
    }
    // Lucene: with no required clause, one SHOULD clause must match; said explicitly rather than left to defaults
    int minimumShould = bool.getMinimumNumberShouldMatch() > 0 ? bool.getMinimumNumberShouldMatch()
        : must.isEmpty() && filter.isEmpty() ? 1 : 0;
    BoolQuery.Builder b = new BoolQuery.Builder().must(must).should(should).mustNot(mustNot).filter(filter).boost(boost);
    if (!should.isEmpty()) {
      b.minimumShouldMatch(Integer.toString(minimumShould));
    }
    BoolQuery built = b.build();
    return Query.of(q -> q.bool(built));
  }

  /** The same PhraseQuery in the cluster: its terms at their positions, its slop. Over one field (PhraseQuery enforces it). */
  private static Query phrase(PhraseQuery phrase, Float boost) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    if (terms.length == 0) {
      return matchNone();
    }
    StringBuilder text = new StringBuilder(terms[0].text());
    for (int i = 1; i < terms.length; i++) {
      for (int skipped = positions[i] - positions[i - 1] - 1; skipped > 0; skipped--) {
        text.append(' ').append(StatementIndex.PHRASE_GAP);
      }
      text.append(' ').append(terms[i].text());
    }
    String field = terms[0].field();
    return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text.toString())
        .analyzer(StatementIndex.PHRASE_TERMS_ANALYZER).slop(phrase.getSlop()).boost(boost)));
  }

  /** An {@code IntField} range (year:, the year filter) with its inclusive bounds; open ends left out. */
  private static Query intRange(PointRangeQuery range, Float boost) {
    if (range.getNumDims() != 1 || range.getBytesPerDim() != Integer.BYTES) {
      throw new IllegalArgumentException("no OpenSearch translation for a " + range.getNumDims() + "-dimensional range of "
          + range.getBytesPerDim() + "-byte points on " + range.getField() + ": the parser makes int ranges only");
    }
    int low = IntPoint.decodeDimension(range.getLowerPoint(), 0);
    int high = IntPoint.decodeDimension(range.getUpperPoint(), 0);
    return Query.of(q -> q.range(r -> {
      r.field(range.getField()).boost(boost);
      if (low != Integer.MIN_VALUE) r.gte(JsonData.of(low));
      if (high != Integer.MAX_VALUE) r.lte(JsonData.of(high));
      return r;
    }));
  }

  private static Query matchNone() {
    return Query.of(q -> q.matchNone(m -> m));
  }
}
