package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.Dimensions;

/**
 * The results cache changes nothing but the time: every answer taken from it (a repeat, a later page, the same
 * query under another filter or order) equals the one worked out from the index, on the seeds; and an answer cut
 * short by its deadline is never kept for the next request.
 */
class ResultCacheTest {
  @TempDir static Path dir;
  static LuceneSearchService cached;
  static LuceneSearchService uncached;

  @BeforeAll
  static void index() throws Exception {
    cached = SeedIndex.build(dir.resolve("index"));
    uncached = LuceneSearchService.open(dir.resolve("index")).withoutResultCache();
  }

  @AfterAll
  static void close() throws Exception {
    cached.close();
    uncached.close();
  }

  @Test
  void answersFromTheCacheEqualAnswersWorkedOut() {
    String province = cached.search(SearchRequest.of("")).facets().of(Dimensions.PROVINCE).get(0).value();
    List<SearchRequest> requests = new ArrayList<>();
    for (String q : List.of("托育", "医共体", "发展", "\"健康中国\"", "托育 OR 医养", "医共体 -托育", "")) {
      SearchRequest base = SearchRequest.of(q);
      for (SearchRequest r : List.of(base, base.withFilter(Dimensions.PROVINCE, province), base.withSort(SortOrder.NEWEST),
          base.withTrend(Dimensions.PROVINCE))) {
        // page 1 fills the window, page 2 is read from it, page 4 and an odd page need larger windows
        for (int[] page : new int[][] {{0, 10}, {10, 10}, {30, 10}, {3, 7}, {0, 50}}) {
          requests.add(r.withPage(page[0], page[1]));
        }
      }
    }
    int compared = 0;
    for (int round = 0; round < 2; round++) { // the second round is answered from the cache alone
      for (SearchRequest r : requests) {
        SearchResult worked = uncached.search(r);
        SearchResult kept = cached.search(r);
        assertEquals(comparable(worked), comparable(kept), "round " + round + ": " + r);
        compared++;
      }
    }
    assertEquals(2 * requests.size(), compared);
    assertTrue(requests.stream().anyMatch(r -> !uncached.search(r).hits().isEmpty() && r.from() == 10),
        "some query has a second page on the seeds, so a page read from a window is compared");
  }

  @Test
  void anAnswerCutByItsDeadlineIsNotKept() {
    SearchRequest request = SearchRequest.of("发展").withTrend(Dimensions.OFFICIAL);
    SearchResult cut = cached.search(request, Deadline.after(Duration.ZERO));
    assertTrue(cut.partial(), "no time at all: the search stops and says so");
    SearchResult next = cached.search(request);
    assertFalse(next.partial(), "the next request works it out again, in full");
    assertEquals(comparable(uncached.search(request)), comparable(next));
  }

  /** Everything of an answer but the time it took. */
  private static List<Object> comparable(SearchResult r) {
    return List.of(r.total(), r.from(), r.size(), r.hits(), r.facets(), r.partial(), r.trends(), r.ignoredClauses());
  }
}
