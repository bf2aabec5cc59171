package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.Backend;
import wjw.bench.BenchQuery;
import wjw.bench.CorpusGenerator;
import wjw.bench.QueryMix;
import wjw.index.Dimension;
import wjw.index.Dimensions;
import wjw.search.Hit;
import wjw.search.SearchRequest;
import wjw.search.SearchResult;
import wjw.search.SearchService;
import wjw.search.SortOrder;
import wjw.search.StatementView;

/**
 * The two backends give the same answers: over the seeds and a generated corpus of 1,500 statements in a
 * 2-shard index, for every query of the bench's mix, the same set of statement ids (every page read), the same
 * exact total and the same facet counts; each statement found on the first page of both has the same fields and
 * passages, and its statement view is the same. With {@link Scoring#GLOBAL} (the default) the first page is in
 * the same order too; with {@link Scoring#SHARD} each shard scores with its own statistics, and this test prints
 * how often the order then differs.
 */
class BackendEquivalenceTest {
  /** Statements generated beside the seeds: more officials than the facet lists, several years and provinces. */
  static final int GENERATED_STATEMENTS = 1_500;
  /** Ample time: a search cut short by its deadline would answer partially, differently on each backend. */
  static final Duration NO_CUT = Duration.ofMinutes(2);
  static final int PAGE = 100;

  @TempDir static Path work;
  static Backend.Built embedded;
  static Backend.Built cluster;

  @BeforeAll
  static void buildBoth() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName()));
      }
    }
    new CorpusGenerator(Path.of("seeds"), 7).write(corpus, CorpusGenerator.articlesFor(GENERATED_STATEMENTS), true);
    cluster = Backend.OPENSEARCH.build(corpus, work.resolve("opensearch"), NO_CUT); // skips first without a cluster
    embedded = Backend.EMBEDDED.build(corpus, work.resolve("embedded"), NO_CUT);
  }

  @AfterAll
  static void close() throws Exception {
    try (Backend.Built e = embedded; Backend.Built c = cluster) {
      embedded = null;
      cluster = null;
    }
  }

  @Test
  void everyQueryOfTheBenchMixFindsTheSameStatementsTotalsAndFacetsOnBothBackends() {
    SearchService lucene = embedded.service();
    SearchService opensearch = cluster.service();
    List<BenchQuery> mix = QueryMix.build(lucene);
    assertEquals(mix, QueryMix.build(opensearch), "the mix is read from the facets of a browse: the same on both");
    List<String> differences = new ArrayList<>();
    int sameOrder = 0;
    int compared = 0;
    long ids = 0;
    Map<String, Integer> reorderedByKind = new HashMap<>();
    for (BenchQuery q : mix) {
      SearchResult a = lucene.search(q.request());
      SearchResult b = opensearch.search(q.request());
      String what = q.describe();
      assertFalse(a.partial() || b.partial(), what + ": no answer may be cut short here");
      if (a.total() != b.total()) {
        differences.add(what + ": total " + a.total() + " embedded, " + b.total() + " OpenSearch");
        continue;
      }
      if (!a.facets().equals(b.facets())) {
        differences.add(what + ": facets differ\n  embedded:   " + a.facets() + "\n  OpenSearch: " + b.facets());
      }
      if (!a.ignoredClauses().equals(b.ignoredClauses())) {
        differences.add(what + ": ignored clauses " + a.ignoredClauses() + " vs " + b.ignoredClauses());
      }
      Set<String> allA = everyId(lucene, q.request(), a.total());
      Set<String> allB = everyId(opensearch, q.request(), b.total());
      ids += allA.size();
      if (!allA.equals(allB)) {
        differences.add(what + ": " + onlyIn(allA, allB) + " only embedded, " + onlyIn(allB, allA) + " only OpenSearch");
      }
      differences.addAll(sameHits(what, a.hits(), b.hits(), q.request().query()));
      differences.addAll(sameScores(what, a, b));
      if (!a.hits().isEmpty()) {
        compared++;
        if (a.hits().stream().map(Hit::id).toList().equals(b.hits().stream().map(Hit::id).toList())) {
          sameOrder++;
        } else {
          reorderedByKind.merge(q.kind(), 1, Integer::sum);
        }
      }
    }
    System.out.printf("backend equivalence: %d queries of the bench mix over %,d statements, %,d ids compared; "
        + "totals, facets, id sets and scores equal: %d/%d; first page in the same order: %d of %d with hits (reordered: %s)%n",
        mix.size(), lucene.info().statements(), ids, mix.size() - differences.size(), mix.size(), sameOrder, compared,
        reorderedByKind);
    assertEquals(List.of(), differences);
    assertEquals(compared, sameOrder, "scored with the statistics of all shards, hits rank as in the embedded index");
    assertTrue(lucene.info().statements() > GENERATED_STATEMENTS, "the corpus was indexed whole");
    long officials = lucene.officials().size();
    assertTrue(officials > Dimensions.OFFICIAL.limit(), "the official facet is cut (" + officials + " officials)");
  }

  /**
   * Beyond the mix, every dimension of the registry: a filter on each one's most frequent value (organisation and
   * title are keyword sub-fields in the cluster), the statements without a province, newest-first order, trends by
   * every dimension, and the literal {@code organization:} and {@code title:} fields; the same answers, trends and
   * order on both backends.
   */
  @Test
  void everyDimensionFiltersCountsAndTrendsAlikeOnBothBackends() {
    SearchService lucene = embedded.service();
    SearchService opensearch = cluster.service();
    SearchResult browse = lucene.search(SearchRequest.of(""));
    List<SearchRequest> requests = new ArrayList<>();
    for (Dimension d : Dimensions.ALL) {
      String top = browse.facets().of(d).get(0).value();
      requests.add(SearchRequest.of("").withFilter(d, top));
      requests.add(SearchRequest.of("托育 OR 改革").withFilter(d, top));
    }
    requests.add(SearchRequest.of("").withFilter(Dimensions.PROVINCE, Dimensions.NO_PROVINCE));
    requests.add(SearchRequest.of("健康").withFilter(Dimensions.PROVINCE, Dimensions.NO_PROVINCE));
    requests.add(SearchRequest.of("托育").withSort(SortOrder.NEWEST));
    requests.add(SearchRequest.of("医保 OR 医共体").withSort(SortOrder.NEWEST).withPage(20, 10));
    requests.add(SearchRequest.of("托育").withTrends(Dimensions.trendable()));
    requests.add(SearchRequest.of("").withTrends(Dimensions.trendable()));
    requests.add(SearchRequest.of("改革").withFilter(Dimensions.PROVINCE, browse.facets().of(Dimensions.PROVINCE)
        .get(0).value()).withTrends(Dimensions.trendable()));
    requests.add(SearchRequest.of("organization:卫生健康 托育"));
    requests.add(SearchRequest.of("title:书记 健康"));
    requests.add(SearchRequest.of("\"健康中国\" -title:主任"));
    requests.add(SearchRequest.of("一老一小")); // a repeated word (一) in the ranking phrase
    requests.add(SearchRequest.of("医共体，健康")); // a run cut by punctuation: positions skip
    requests.add(SearchRequest.of("\"健康 中国\"~3")); // a sloppy phrase
    List<String> differences = new ArrayList<>();
    int trends = 0;
    for (SearchRequest request : requests) {
      SearchResult a = lucene.search(request);
      SearchResult b = opensearch.search(request);
      String what = request.toString();
      assertFalse(a.partial() || b.partial(), what + ": no answer may be cut short here");
      if (a.total() != b.total() || !a.facets().equals(b.facets()) || !a.trends().equals(b.trends())) {
        differences.add(what + ": total, facets or trends differ\n  embedded:   " + a.total() + " " + a.facets() + " "
            + a.trends() + "\n  OpenSearch: " + b.total() + " " + b.facets() + " " + b.trends());
        continue;
      }
      trends += a.trends().size();
      if (!a.hits().stream().map(Hit::id).toList().equals(b.hits().stream().map(Hit::id).toList())) {
        differences.add(what + ": hits in another order");
      }
      differences.addAll(sameScores(what, a, b));
      Set<String> allA = everyId(lucene, request, a.total());
      if (!allA.equals(everyId(opensearch, request, b.total()))) {
        differences.add(what + ": other statements");
      }
      differences.addAll(sameHits(what, a.hits(), b.hits(), request.query()));
    }
    System.out.printf("backend equivalence: %d requests over the registry (a filter on each dimension, no province,"
        + " newest first, %d trend tables, organization: and title:, repeated words, a cut run, a sloppy phrase; equal scores):"
        + " %d differ%n", requests.size(), trends,
        differences.size());
    assertEquals(List.of(), differences);
    assertTrue(trends >= 3 * Dimensions.trendable().size(), "trends were counted: " + trends);
  }

  /** Scored shard by shard, the same hits and counts come back, in another order where the shards' statistics differ. */
  @Test
  void perShardScoringChangesOnlyTheOrder() throws Exception {
    SearchService lucene = embedded.service();
    try (SearchService perShard = OpenSearchService.open(TestCluster.connect(),
        cluster.names(), NO_CUT, Scoring.SHARD)) {
      List<BenchQuery> mix = QueryMix.build(lucene);
      int compared = 0;
      int sameOrder = 0;
      int sameFirst = 0;
      Map<String, Integer> reorderedByKind = new HashMap<>();
      for (BenchQuery q : mix) {
        SearchResult a = lucene.search(q.request());
        SearchResult b = perShard.search(q.request());
        assertEquals(a.total(), b.total(), q.describe());
        assertEquals(a.facets(), b.facets(), q.describe());
        if (a.hits().isEmpty()) {
          continue;
        }
        compared++;
        List<String> idsA = a.hits().stream().map(Hit::id).toList();
        List<String> idsB = b.hits().stream().map(Hit::id).toList();
        if (idsA.equals(idsB)) {
          sameOrder++;
        } else {
          reorderedByKind.merge(q.kind(), 1, Integer::sum);
        }
        if (idsA.get(0).equals(idsB.get(0))) {
          sameFirst++;
        }
      }
      System.out.printf("per-shard scoring (%d shards): first page in the same order for %d of %d queries with hits,"
          + " the same first hit for %d (reordered: %s)%n", Backend.TEST_SHARDS, sameOrder, compared, sameFirst,
          reorderedByKind);
    }
  }

  @Test
  void catalogViewsAreTheSameOnBothBackends() {
    SearchService lucene = embedded.service();
    SearchService opensearch = cluster.service();
    assertEquals(lucene.info().articles(), opensearch.info().articles());
    assertEquals(lucene.info().statements(), opensearch.info().statements());
    assertEquals(lucene.officials(), opensearch.officials());
    int articles = lucene.info().articles();
    for (int from : List.of(0, 100, articles - 7, articles + 3)) {
      assertEquals(lucene.articles(from, 10), opensearch.articles(from, 10), "articles from " + from);
    }
    var page = lucene.articles(0, 25).articles();
    for (var article : page) {
      assertEquals(lucene.article(article.id()), opensearch.article(article.id()), article.id());
    }
    assertEquals(lucene.article("no-such-article"), opensearch.article("no-such-article"));
    assertEquals(lucene.statement("no-such-statement", null), opensearch.statement("no-such-statement", null));
  }

  /** Hits found on the first page of both: the same fields and passages but for the score; the same statement view. */
  private static List<String> sameHits(String what, List<Hit> a, List<Hit> b, String query) {
    Map<String, Hit> byId = new HashMap<>();
    b.forEach(h -> byId.put(h.id(), h));
    List<String> differences = new ArrayList<>();
    for (Hit hit : a) {
      Hit other = byId.get(hit.id());
      if (other == null) {
        continue; // ranked onto another page: the id sets are compared whole above
      }
      if (!withoutScore(hit).equals(withoutScore(other))) {
        differences.add(what + ": hit " + hit.id() + " differs\n  embedded:   " + hit + "\n  OpenSearch: " + other);
      }
      StatementView viewA = embedded.service().statement(hit.id(), query).orElseThrow();
      StatementView viewB = cluster.service().statement(hit.id(), query).orElseThrow();
      if (!viewA.equals(viewB)) {
        differences.add(what + ": statement view of " + hit.id() + " differs");
      }
    }
    return differences;
  }

  /** The scores of the first page, rank by rank (global scoring: the embedded index's statistics). */
  private static List<String> sameScores(String what, SearchResult a, SearchResult b) {
    for (int i = 0; i < Math.min(a.hits().size(), b.hits().size()); i++) {
      float sa = a.hits().get(i).score();
      float sb = b.hits().get(i).score();
      if (Math.abs(sa - sb) > 1e-4f * Math.max(1f, Math.abs(sa))) {
        return List.of(what + ": hit " + (i + 1) + " scored " + sa + " embedded, " + sb + " OpenSearch");
      }
    }
    return List.of();
  }

  private static Hit withoutScore(Hit h) {
    return new Hit(h.id(), 0f, h.year(), h.province(), h.organization(), h.officials(), h.article(), h.highlights());
  }

  /** Every id the query finds, page by page (as far as a client may page: the deep page limit). */
  private static Set<String> everyId(SearchService service, SearchRequest request, long total) {
    Set<String> ids = new LinkedHashSet<>();
    int pages = (int) Math.min((total + PAGE - 1) / PAGE, 100);
    for (int p = 0; p < pages; p++) {
      service.search(request.withPage(p * PAGE, PAGE)).hits().forEach(h -> ids.add(h.id()));
    }
    return ids;
  }

  private static long onlyIn(Set<String> a, Set<String> b) {
    return a.stream().filter(id -> !b.contains(id)).count();
  }
}
