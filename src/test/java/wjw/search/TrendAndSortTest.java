package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.Dimension;
import wjw.index.Dimensions;

/**
 * The trend (year × a dimension, counted with the facets) and the sort orders, on the seeds: every cell is the count
 * of a search filtered by its year and value, the trend of 托育 by province sums to its total, newest is the browse's
 * order restricted to the matches.
 */
class TrendAndSortTest {
  @TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void index() throws Exception {
    service = SeedIndex.build(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @Test
  void theTrendOfTuoyuByProvinceSumsToItsTotal() {
    SearchResult r = service.search(SearchRequest.of("托育").withTrend(Dimensions.PROVINCE));
    Trend trend = r.trend(Dimensions.PROVINCE);
    assertEquals("province", trend.by());
    long cells = trend.rows().stream().mapToLong(Trend.Row::count).sum();
    assertTrue(r.total() > 0 && trend.years().size() > 1, "托育 is a topic of the seeds over several years: " + trend);
    assertEquals(r.total(), cells + trend.undated(), "a province per statement (未注明 when none): every match once");
    assertEquals(r.facets().of(Dimensions.PROVINCE).stream().map(FacetValue::value).toList(),
        trend.rows().stream().map(Trend.Row::value).toList(), "the rows are the facet's values in its order");
    System.out.printf("trend of 托育 by province: %d statements, %d rows × %d years %s%n", r.total(),
        trend.rows().size(), trend.years().size(), trend.years());
  }

  @Test
  void everyCellIsTheCountOfASearchFilteredByItsYearAndValue() {
    for (Dimension by : Dimensions.trendable()) {
      for (String q : List.of("托育", "")) {
        Trend trend = service.search(SearchRequest.of(q).withTrend(by)).trend(by);
        List<String> years = trend.years();
        assertEquals(years.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList(), years, "oldest first");
        assertTrue(!trend.rows().isEmpty(), by + " for '" + q + "'");
        for (Trend.Row row : trend.rows()) {
          assertEquals(row.counts().stream().mapToLong(Long::longValue).sum(), row.count());
          for (int i = 0; i < years.size(); i++) {
            long filtered = service.search(SearchRequest.of(q).withFilter(by, row.value())
                .withFilter(Dimensions.YEAR, years.get(i))).total();
            assertEquals(filtered, (long) row.counts().get(i), by + "=" + row.value() + " in " + years.get(i) + " for '" + q + "'");
          }
        }
      }
    }
  }

  @Test
  void aTrendIsCountedOnlyWhenAskedAndNeverByYear() {
    assertNull(service.search(SearchRequest.of("托育")).trend(Dimensions.PROVINCE));
    QueryRejectedException e = assertThrows(QueryRejectedException.class,
        () -> SearchRequest.of("托育").withTrend(Dimensions.YEAR));
    assertEquals("trend", e.parameter());
    e = assertThrows(QueryRejectedException.class, () -> SearchRequest.trendDimensions("province,planet"));
    assertEquals("trend", e.parameter());
    assertTrue(e.getMessage().contains("province"), e.getMessage());
  }

  @Test
  void oneRequestCountsSeveralTrendsAsSingleRequestsDo() {
    SearchRequest request = SearchRequest.of("卫生健康").withFilter(Dimensions.YEAR, null);
    TrendResult all = service.trend(request, Deadline.after(service.timeLimit()));
    assertEquals(Dimensions.trendable().stream().map(Dimension::name).toList(), List.copyOf(all.trends().keySet()),
        "every dimension a trend can be counted by, when none is named");
    assertEquals(service.search(request).total(), all.total());
    for (Dimension by : Dimensions.trendable()) {
      assertEquals(service.search(request.withTrend(by)).trend(by), all.trends().get(by.name()), by.name());
    }
    assertEquals(List.of(Dimensions.PROVINCE, Dimensions.OFFICIAL), SearchRequest.trendDimensions("province，official,"));
  }

  @Test
  void newestIsTheBrowseOrderOfTheMatches() {
    List<String> browse = service.search(SearchRequest.of("").withPage(0, 100)).hits().stream().map(Hit::id).toList();
    SearchResult relevance = service.search(SearchRequest.of("托育").withPage(0, 100));
    SearchResult newest = service.search(SearchRequest.of("托育").withSort(SortOrder.NEWEST).withPage(0, 100));
    assertEquals(relevance.total(), newest.total());
    Set<String> matches = relevance.hits().stream().map(Hit::id).collect(Collectors.toSet());
    List<String> expected = browse.stream().filter(matches::contains).toList();
    assertEquals(expected, newest.hits().stream().map(Hit::id).toList());
    assertNotEquals(expected, relevance.hits().stream().map(Hit::id).toList(), "relevance is another order");
    assertTrue(newest.hits().stream().allMatch(h -> h.score() == 0f), "not ranked by score: no score");
    List<Integer> years = newest.hits().stream().map(Hit::year).toList();
    assertEquals(years.stream().sorted(Comparator.reverseOrder()).toList(), years);
    assertEquals(newest.facets(), relevance.facets(), "the order changes no count");
  }

  @Test
  void aBrowseIsNewestFirstWhateverTheSort() {
    List<String> browse = service.search(SearchRequest.of("")).hits().stream().map(Hit::id).toList();
    assertEquals(browse, service.search(SearchRequest.of("").withSort(SortOrder.RELEVANCE)).hits().stream()
        .map(Hit::id).toList());
    assertEquals(SortOrder.NEWEST, SortOrder.parse(" Newest "));
    assertEquals("sort", assertThrows(QueryRejectedException.class, () -> SortOrder.parse("oldest")).parameter());
  }
}
