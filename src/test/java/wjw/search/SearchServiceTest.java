package wjw.search;

import wjw.index.Dimensions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Statement;

/** Filters, facets, paging, highlighting and the statement/article/official views over the seeds. */
class SearchServiceTest {
  @TempDir static Path dir;
  static LuceneSearchService service;
  static List<Statement> statements;

  @BeforeAll
  static void index() throws Exception {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    for (Path seed : Files.list(SeedIndex.SEEDS).filter(p -> p.toString().endsWith(".txt")).toList()) {
      Files.copy(seed, seeds.resolve(seed.getFileName()));
    }
    SeedIndex.page(seeds, "hostile.txt", """
        迈入2023年，各地卫生健康系统继续努力。

        广东省卫生健康委主任 黄测试

        我们要发展托育服务<script>alert("x")</script> & 托育 "quoted" 'single'。
        """);
    service = SeedIndex.build(seeds, dir.resolve("index"));
    statements = SeedIndex.statements(seeds);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResult search(String q, String province, Integer year, String official, int from, int size) {
    return service.search(SearchRequest.of(q).withFilter(Dimensions.PROVINCE, province).withFilter(Dimensions.YEAR, year)
        .withFilter(Dimensions.OFFICIAL, official).withPage(from, size));
  }

  @Test
  void aProvinceFilterAcceptsFullShortAndOneCharacterNames() {
    for (String name : List.of("北京市", "北京", "京")) {
      SearchResult r = search("", name, null, null, 0, 10);
      assertEquals(2, r.total(), name);
      assertTrue(r.hits().stream().allMatch(h -> h.province().equals("北京市")));
    }
  }

  @Test
  void filtersCombineWithAQueryAndWithEachOther() {
    SearchResult r = search("医共体", null, 2026, null, 0, 10);
    long expected = statements.stream().filter(s -> s.year() == 2026 && s.text().contains("医共体")).count();
    assertEquals(expected, r.total());
    assertTrue(r.hits().stream().allMatch(h -> h.year() == 2026));

    SearchResult byOfficial = search("", null, 2024, "刘勇", 0, 10);
    assertEquals(1, byOfficial.total());
    assertEquals("内蒙古自治区", byOfficial.hits().get(0).province());

    assertEquals(0, search("医共体", "北京市", 2024, null, 0, 10).total());
  }

  @Test
  void theQuerySyntaxHasFieldsAndBooleans() {
    assertEquals(count(s -> s.text().contains("托育") && s.text().contains("医共体")), search("托育 医共体", null, null, null, 0, 10).total());
    assertEquals(count(s -> s.text().contains("托育") || s.text().contains("医共体")), search("托育 OR 医共体", null, null, null, 0, 10).total());
    assertEquals(count(s -> s.text().contains("托育") && !s.text().contains("医共体")), search("托育 -医共体", null, null, null, 0, 10).total());
    assertEquals(count(s -> s.year() == 2024 && s.text().contains("托育")), search("托育 year:2024", null, null, null, 0, 10).total());
    assertEquals(count(s -> s.province().equals("北京市")), search("province:北京", null, null, null, 0, 10).total());
    assertEquals(count(s -> s.officials().stream().anyMatch(o -> o.title().contains("主任"))
        && s.officials().stream().noneMatch(o -> o.title().contains("书记"))), search("title:\"主任\" NOT title:书记", null, null, null, 0, 10).total());
    assertEquals(2, search("official:钟东波", null, null, null, 0, 10).total());
    assertEquals(count(s -> s.year() >= 2024), search("year:[2024 TO 2026]", null, null, null, 0, 100).total());
  }

  private static long count(java.util.function.Predicate<Statement> p) {
    return statements.stream().filter(p).count();
  }

  @Test
  void browsingWithoutAQueryListsNewestYearFirst() {
    SearchResult r = search("", null, null, null, 0, 100);
    assertEquals(statements.size(), r.total());
    List<Integer> years = r.hits().stream().map(Hit::year).toList();
    List<Integer> sorted = years.stream().sorted((a, b) -> b - a).toList();
    assertEquals(sorted, years);
    assertEquals("000_d51fea8ea64b6d2e-1", r.hits().get(0).id(), "reading order within a year");
  }

  @Test
  void facetsCountEveryMatchNotJustThePage() {
    SearchResult r = search("卫生健康", null, null, null, 0, 1);
    List<Statement> matching = statements.stream().filter(s -> SeedIndex.searchable(s).stream().anyMatch(v -> v.contains("卫生健康"))).toList();
    assertEquals(matching.size(), r.total());
    assertEquals(1, r.hits().size());
    Map<String, Long> provinces = matching.stream().collect(Collectors.groupingBy(Statement::province, TreeMap::new, Collectors.counting()));
    assertEquals(provinces, toMap(r.facets().of(Dimensions.PROVINCE)));
    Map<String, Long> years = matching.stream().collect(Collectors.groupingBy(s -> String.valueOf(s.year()), TreeMap::new, Collectors.counting()));
    assertEquals(years, toMap(r.facets().of(Dimensions.YEAR)));
    Map<String, Long> officials = new TreeMap<>();
    matching.forEach(s -> s.officials().forEach(o -> officials.merge(o.name(), 1L, Long::sum)));
    assertEquals(officials, toMap(r.facets().of(Dimensions.OFFICIAL)));
    List<Long> counts = r.facets().of(Dimensions.PROVINCE).stream().map(FacetValue::count).toList();
    assertEquals(counts.stream().sorted((a, b) -> Long.compare(b, a)).toList(), counts, "most frequent first");
  }

  private static Map<String, Long> toMap(List<FacetValue> values) {
    Map<String, Long> m = new TreeMap<>();
    values.forEach(v -> m.put(v.value(), v.count()));
    return m;
  }

  @Test
  void pagesAreDisjointConsecutiveSlicesWithAnExactTotal() {
    SearchResult all = search("", null, null, null, 0, 100);
    Set<String> seen = new HashSet<>();
    for (int from = 0; from < all.total(); from += 4) {
      SearchResult page = search("", null, null, null, from, 4);
      assertEquals(all.total(), page.total());
      for (int i = 0; i < page.hits().size(); i++) {
        assertEquals(all.hits().get(from + i).id(), page.hits().get(i).id());
        assertTrue(seen.add(page.hits().get(i).id()));
      }
    }
    assertEquals(all.total(), seen.size());
    assertEquals(List.of(), search("", null, null, null, 9_990, 10).hits());
  }

  @Test
  void pagingLimitsAreEnforcedNamingTheParameter() {
    assertEquals("size", assertThrows(QueryRejectedException.class, () -> search("托育", null, null, null, 0, 0)).parameter());
    assertEquals("size", assertThrows(QueryRejectedException.class, () -> search("托育", null, null, null, 0, 101)).parameter());
    assertEquals("from", assertThrows(QueryRejectedException.class, () -> search("托育", null, null, null, -1, 10)).parameter());
    assertEquals("from", assertThrows(QueryRejectedException.class, () -> search("托育", null, null, null, 9_995, 10)).parameter());
    assertEquals(10, search("托育", null, null, null, 0, 100).size() / 10);
  }

  @Test
  void highlightsAreEscapedSentencesWithMarkedMatches() {
    SearchResult r = search("托育", "广东", null, null, 0, 10);
    assertEquals(1, r.total());
    String passage = String.join("", r.hits().get(0).highlights());
    assertTrue(passage.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>托育</mark>"), passage);
    assertTrue(passage.contains("&#39;single&#39;"), passage);
    assertFalse(passage.replace("<mark>", "").replace("</mark>", "").contains("<"), passage);
  }

  @Test
  void atMostThreePassagesEachEndingAtASentenceEnd() {
    SearchResult r = search("建设", null, null, null, 0, 100);
    for (Hit hit : r.hits()) {
      assertTrue(hit.highlights().size() <= 3 && !hit.highlights().isEmpty(), hit.id());
      for (String p : hit.highlights()) {
        assertTrue(p.contains("<mark>建设</mark>"), p);
        String last = p.replaceAll("[”’」』）)】]+$", "");
        assertTrue(last.matches("(?s).*[。！？；!?;]$") || isStatementEnd(hit.id(), p), "passage end: " + p);
      }
    }
  }

  private static boolean isStatementEnd(String id, String passage) {
    Statement s = statements.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    String plain = passage.replace("<mark>", "").replace("</mark>", "");
    return s.paragraphs().stream().anyMatch(p -> p.text().endsWith(plain) || plain.endsWith(p.text().substring(Math.max(0, p.text().length() - 4))));
  }

  @Test
  void aStatementViewHasEveryParagraphWithItsLinesAndTheQueryMarked() {
    Statement beijing = statements.stream().filter(s -> s.id().equals("002_10f19fc5a49f6661-1")).findFirst().orElseThrow();
    StatementView view = service.statement(beijing.id(), "扛起责任使命").orElseThrow();
    assertEquals(beijing.text(), view.text());
    assertEquals(beijing.paragraphs().size(), view.paragraphs().size());
    for (int i = 0; i < view.paragraphs().size(); i++) {
      assertEquals(beijing.paragraphs().get(i).lines(), view.paragraphs().get(i).lines());
    }
    assertTrue(view.paragraphs().get(0).html().contains("<mark>扛起责任使命</mark>"), view.paragraphs().get(0).html());
    assertEquals("步伐坚实 坚持以人民为中心", view.article().headline());
    assertEquals(List.of("钟东波", "刘俊彩"), view.officials().stream().map(o -> o.name()).toList());
    assertTrue(service.statement("no-such-id", null).isEmpty());
  }

  @Test
  void articlesAndOfficialsListWhatWasIndexed() {
    ArticlePage page = service.articles(0, 100);
    List<ArticleSummary> articles = page.articles();
    assertEquals(3, page.total());
    assertEquals(3, articles.size());
    List<Integer> years = articles.stream().map(ArticleSummary::year).toList();
    assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years, "newest first");
    assertEquals(2026, years.get(0));
    assertEquals(articles.subList(1, 3).stream().map(ArticleSummary::id).toList(),
        service.articles(1, 5).articles().stream().map(ArticleSummary::id).toList(), "paging continues the list");
    assertEquals(List.of("杨世嘉", "郭蕾"), service.article("000_d51fea8ea64b6d2e").orElseThrow().reporters());
    assertEquals(7, service.article("000_d51fea8ea64b6d2e").orElseThrow().statements().size());
    OfficialView zhang = service.officials().stream().filter(o -> o.name().equals("张波")).findFirst().orElseThrow();
    assertEquals(List.of("山西省"), zhang.provinces());
    assertEquals(List.of(2026, 2024), zhang.years());
    assertEquals(2, zhang.statements());
    IndexInfo info = service.info();
    assertEquals(3, info.articles());
    assertEquals(statements.size(), info.statements());
    assertTrue(info.version().startsWith("gen-"));
  }

  @Test
  void resultsAreIdenticalWhenAskedTwice() {
    Map<String, Float> first = new LinkedHashMap<>();
    search("发展", null, null, null, 0, 100).hits().forEach(h -> first.put(h.id(), h.score()));
    Map<String, Float> second = new LinkedHashMap<>();
    search("发展", null, null, null, 0, 100).hits().forEach(h -> second.put(h.id(), h.score()));
    assertEquals(List.copyOf(first.keySet()), List.copyOf(second.keySet()));
  }

  @Test
  void aSearchOutOfTimeAnswersWithWhatItHasMarkedPartial() throws Exception {
    SearchResult full = search("发展", null, null, null, 0, 10);
    assertFalse(full.partial(), "the default time limit is ample for the seeds");
    try (LuceneSearchService hurried = LuceneSearchService.open(dir.resolve("index"), java.time.Duration.ZERO)) {
      SearchResult cut = hurried.search(new SearchRequest("发展", null, null, null, 0, 10));
      assertTrue(cut.partial(), "no time at all: the search stops and says so");
      assertTrue(cut.total() < full.total(), "a partial total is a lower bound: " + cut.total() + " < " + full.total());
    }
  }
}
