package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.Dimensions;
import wjw.index.Reindexer;
import wjw.index.SemanticIndexing;
import wjw.ingest.model.Statement;
import wjw.semantic.Embedder;
import wjw.semantic.QueryEncoder;

/** mode=semantic and mode=hybrid over the real seeds, with the real model's paragraph vectors in the index. */
class SemanticSearchTest {
  @TempDir static Path dir;
  static Embedder model;
  static LuceneSearchService service;
  static Map<String, Statement> statements;

  @BeforeAll
  static void index() throws Exception {
    model = Embedder.startLoading(2);
    new Reindexer(SeedIndex.SEEDS, dir.resolve("index"))
        .withSemantic(new SemanticIndexing(SemanticIndexing.Choice.ON, () -> model)).run(false);
    model.awaitReady();
    service = LuceneSearchService.open(dir.resolve("index")).useQueryEncoder(model);
    statements = SeedIndex.statements().stream().collect(Collectors.toMap(Statement::id, s -> s));
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
    model.close();
  }

  private static SearchResult search(String q, SearchMode mode, String province, int size) {
    return service.search(SearchRequest.of(q).withFilter(Dimensions.PROVINCE, province).withPage(0, size).withMode(mode));
  }

  private static boolean prints(Hit hit, String... terms) {
    String text = statements.get(hit.id()).text();
    return List.of(terms).stream().anyMatch(text::contains);
  }

  @Test
  void hybridRanksTheOldAndYoungCareStatementsFirst() {
    SearchResult r = search("老年人和婴幼儿照护服务", SearchMode.HYBRID, null, 10);
    assertEquals("hybrid", r.mode());
    assertEquals(0L, r.candidates().literalMatches(), "no statement prints the topic as typed");
    // 10 of the 15 statements print 托育 or 一老一小, 4 print 一老一小
    for (Hit hit : r.hits().subList(0, 5)) {
      assertTrue(prints(hit, "托育", "一老一小"), hit.id() + " " + hit.meaning());
    }
    for (Hit hit : r.hits().subList(0, 2)) {
      assertTrue(prints(hit, "一老一小"), hit.id());
    }
  }

  @Test
  void semanticHitsShowTheirNearestParagraphAndCountTheCandidates() {
    SearchResult r = search("鼓励生育的政策", SearchMode.SEMANTIC, null, 15);
    assertEquals("semantic", r.mode());
    assertEquals(15, r.total(), "200 nearest paragraphs cover all 79 of the seeds: every statement is a candidate");
    assertEquals(r.total(), r.candidates().statements());
    assertTrue(r.candidates().note().contains("not every statement"), r.candidates().note());
    assertEquals(r.total(), r.facets().of(Dimensions.PROVINCE).stream().mapToLong(FacetValue::count).sum(),
        "facets count the candidates");
    double previous = 1;
    for (Hit hit : r.hits()) {
      MeaningMatch m = hit.meaning();
      assertTrue(m.similarity() <= previous, "best first");
      previous = m.similarity();
      assertEquals(m.similarity(), hit.score(), 0.001);
      String paragraph = statements.get(hit.id()).paragraphs().get(m.paragraph() - 1).text();
      assertEquals(Html.escape(paragraph), m.html(), "the meaning match is the statement's own paragraph");
      assertEquals(List.of(m.html()), hit.highlights());
    }
    assertTrue(r.hits().get(0).meaning().html().contains("生育"), r.hits().get(0).meaning().html());
  }

  @Test
  void filtersApplyInsideTheNearestNeighbourSearch() {
    long beijing = statements.values().stream().filter(s -> "北京市".equals(s.province())).count();
    for (SearchMode mode : List.of(SearchMode.SEMANTIC, SearchMode.HYBRID)) {
      SearchResult r = search("传染病防控体系", mode, "北京", 10);
      assertEquals(beijing, r.total(), mode + ": every Beijing statement, and only those");
      assertTrue(r.hits().stream().allMatch(h -> "北京市".equals(h.province())), mode.toString());
      assertEquals(List.of(new FacetValue("北京市", beijing)), r.facets().of(Dimensions.PROVINCE));
    }
  }

  @Test
  void everyDimensionOfTheRegistryFiltersAndTrendsCountTheCandidates() {
    // organization and title share their field with text: doc values only, in the vector index too
    SearchRequest byOrganization = SearchRequest.of("传染病防控体系").withFilter(Dimensions.ORGANIZATION, "北京市卫生健康委")
        .withMode(SearchMode.SEMANTIC).withTrend(Dimensions.PROVINCE);
    SearchResult r = service.search(byOrganization);
    long beijing = statements.values().stream().filter(s -> "北京市卫生健康委".equals(s.organization())).count();
    assertTrue(beijing > 0);
    assertEquals(beijing, r.total());
    assertTrue(r.hits().stream().allMatch(h -> "北京市卫生健康委".equals(h.organization())));
    assertEquals(beijing, r.trend(Dimensions.PROVINCE).rows().stream().mapToLong(row -> row.count()).sum(),
        "the trend counts the candidates");
    String title = statements.values().iterator().next().officials().get(0).title();
    SearchResult byTitle = service.search(SearchRequest.of("传染病防控体系").withFilter(Dimensions.TITLE, title)
        .withMode(SearchMode.HYBRID).withPage(0, 100));
    long withTitle = statements.values().stream()
        .filter(s -> s.officials().stream().anyMatch(o -> title.equals(o.title()))).count();
    assertEquals(withTitle, byTitle.total(), title);
  }

  @Test
  void aSearchByMeaningHasNoOtherOrderThanRelevance() {
    var e = assertThrows(QueryRejectedException.class, () -> service.search(
        SearchRequest.of("托育").withSort(SortOrder.NEWEST).withMode(SearchMode.SEMANTIC)));
    assertEquals("sort", e.parameter());
  }

  @Test
  void hybridKeepsEveryLiteralMatchAmongItsCandidatesAndHighlightsThem() {
    SearchResult literal = search("医共体", SearchMode.LITERAL, null, 100);
    SearchResult hybrid = search("医共体", SearchMode.HYBRID, null, 100);
    assertEquals(literal.total(), hybrid.candidates().literalMatches());
    List<String> hybridIds = hybrid.hits().stream().map(Hit::id).toList();
    for (Hit hit : literal.hits()) {
      assertTrue(hybridIds.contains(hit.id()), hit.id());
      Hit fused = hybrid.hits().get(hybridIds.indexOf(hit.id()));
      assertTrue(fused.highlights().stream().anyMatch(p -> p.contains("<mark>")), fused.highlights().toString());
    }
    // the statement literal search ranks first and meaning ranks high stays first
    assertEquals(literal.hits().get(0).id(), hybrid.hits().get(0).id());
  }

  @Test
  void literalModeAnswersExactlyAsWithoutAMode() {
    for (String q : List.of("医共体", "托育 OR 一老一小", "")) {
      SearchResult plain = service.search(SearchRequest.of(q));
      SearchResult literal = service.search(SearchRequest.of(q).withMode(SearchMode.LITERAL));
      assertEquals(plain.hits(), literal.hits());
      assertEquals(plain.facets(), literal.facets());
      assertEquals(plain.total(), literal.total());
      assertNull(literal.mode());
      assertNull(literal.candidates());
      assertTrue(literal.hits().stream().allMatch(h -> h.meaning() == null));
    }
  }

  @Test
  void aBlankQueryBrowsesInEveryMode() {
    SearchResult browse = service.search(SearchRequest.of(""));
    SearchResult semantic = service.search(SearchRequest.of("").withMode(SearchMode.SEMANTIC));
    assertEquals(browse.hits(), semantic.hits());
    assertEquals(15, semantic.total());
  }

  @Test
  void aModelStillLoadingGetsAClearRefusalWhileLiteralSearchAnswers() throws Exception {
    QueryEncoder loading = new QueryEncoder() {
      @Override
      public String modelId() {
        return model.modelId();
      }

      @Override
      public boolean isReady() {
        return false;
      }

      @Override
      public boolean hasFailed() {
        return false;
      }

      @Override
      public float[] embedQuery(String query) {
        throw new AssertionError("a search must not wait for a model that is not ready");
      }
    };
    try (LuceneSearchService waiting = LuceneSearchService.open(dir.resolve("index")).useQueryEncoder(loading)) {
      var e = assertThrows(SemanticUnavailableException.class,
          () -> waiting.search(SearchRequest.of("托育").withMode(SearchMode.HYBRID)));
      assertEquals(SemanticUnavailableException.Reason.MODEL_LOADING, e.reason());
      assertTrue(e.getMessage().contains("still loading"), e.getMessage());
      assertEquals(9, waiting.search(SearchRequest.of("托育")).total());
      assertEquals("loading", waiting.info().semantic().queryModel());
    }
  }

  @Test
  void onlyLiteralSearchesCanBeExported() {
    var e = assertThrows(QueryRejectedException.class, () -> service.export(
        SearchRequest.of("托育").withMode(SearchMode.SEMANTIC), new ExportSink() {
          @Override
          public void begin(long total) {
            throw new AssertionError("nothing may be written");
          }

          @Override
          public void row(ExportRow row) {
            throw new AssertionError("nothing may be written");
          }

          @Override
          public void end() {}
        }));
    assertEquals("mode", e.parameter());
  }

  @Test
  void aModeIsReadByNameAndABadOneNamesTheModes() {
    assertEquals(SearchMode.HYBRID, SearchMode.parse(" Hybrid "));
    var e = assertThrows(IllegalArgumentException.class, () -> SearchMode.parse("fuzzy"));
    assertEquals("must be one of literal, semantic, hybrid; got \"fuzzy\"", e.getMessage());
    assertFalse(service.info().semantic().queryModel().isEmpty());
  }
}
