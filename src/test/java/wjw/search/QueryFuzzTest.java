package wjw.search;

import wjw.index.Dimensions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.fuzz.QueryFuzzer;

/**
 * Seeded fuzzing of the query parser through {@link LuceneSearchService} over the seed index: 30,000 queries, each
 * either answered (a consistent page of hits that serializes to JSON) or refused with a {@link QueryRejectedException}
 * naming the parameter and the reason; nothing else escapes and no batch hangs. Every tenth query also highlights a
 * statement, and some carry odd filters and paging. Two promises of issue 11 are checked on every answer: a query
 * without Chinese characters never marks one (fuzzy and wildcard words expand only to Latin and number terms), and a
 * lone punctuation mark added as a clause changes nothing (checked on every tenth). {@code -Dwjw.fuzz.query=N}
 * replays one query.
 */
class QueryFuzzTest {
  static final long SEED = 6;
  static final int QUERIES = 30_000;
  static final int BATCH = 1_000;
  /** Generous: a batch takes about a second; only a hang or a runaway query reaches this. */
  static final Duration BATCH_LIMIT = Duration.ofSeconds(60);
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path indexDir;
  static LuceneSearchService service;
  static List<String> ids;

  private final QueryFuzzer fuzzer = new QueryFuzzer(SEED);
  private long answered;
  private long refused;
  private long cpuNanos;

  @BeforeAll
  static void index() throws Exception {
    service = SeedIndex.build(indexDir);
    ids = SeedIndex.statements().stream().map(wjw.ingest.model.Statement::id).toList();
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @Test
  void everyQueryIsAnsweredOrRefusedWithAReason() {
    String only = System.getProperty("wjw.fuzz.query");
    if (only != null) {
      long n = Long.parseLong(only);
      System.out.println("fuzz query " + n + ": " + JSON.valueToTree(fuzzer.query(n)));
      check(n);
      return;
    }
    long started = System.nanoTime();
    for (int from = 0; from < QUERIES; from += BATCH) {
      int first = from;
      assertTimeoutPreemptively(BATCH_LIMIT, () -> {
        long cpu = CPU.getCurrentThreadCpuTime();
        for (long n = first; n < first + BATCH; n++) {
          check(n);
        }
        cpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
      }, () -> "queries " + first + ".." + (first + BATCH - 1) + " did not finish in " + BATCH_LIMIT);
    }
    System.out.printf("fuzz queries: %d queries (%d answered, %d refused with a reason), in %.1f s (%.1f s of CPU)%n",
        QUERIES, answered, refused, (System.nanoTime() - started) / 1e9, cpuNanos / 1e9);
    assertTrue(answered > QUERIES / 10 && refused > QUERIES / 10, "both outcomes were exercised");
  }

  private void check(long n) {
    String q = fuzzer.query(n);
    Random random = new Random(n);
    boolean odd = random.nextInt(10) == 0;
    try {
      run(n, q, odd, random);
    } catch (Throwable e) {
      fail("query " + n + " " + JSON.valueToTree(q) + (odd ? " with odd filters and page" : "") + ": " + e
          + "; replay with -Dwjw.fuzz.query=" + n, e);
    }
  }

  private void run(long n, String q, boolean odd, Random random) throws Exception {
    try {
      // a request is checked when it is made: an odd page is refused there
      SearchRequest request = odd ? oddRequest(q, random) : SearchRequest.of(q);
      SearchResult result = service.search(request);
      assertConsistent(request, result);
      assertNoChineseMarkedFor(request.query(), result);
      if (n % 10 == 1) {
        assertPunctuationChangesNothing(request, result);
      }
      if (n % 10 == 0) {
        service.statement(ids.get(random.nextInt(ids.size())), request.query())
            .ifPresent(view -> assertNotNull(view.paragraphs()));
      }
      answered++;
    } catch (QueryRejectedException e) {
      assertTrue(Set.of("q", "size", "from").contains(e.parameter()), e.parameter());
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a refusal says why");
      assertFalse(e.getMessage().contains("Was expecting"), () -> "Lucene's grammar dump leaked: " + e.getMessage());
      JSON.writeValueAsBytes(java.util.Map.of("reason", e.getMessage())); // the API's error body echoes the query
      refused++;
    }
  }

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Fuzzy edits and wildcards once reached Chinese bigrams: a query without Han characters must mark none. */
  private static void assertNoChineseMarkedFor(String query, SearchResult result) {
    if (hasHan(query)) {
      return;
    }
    for (Hit hit : result.hits()) {
      for (String passage : hit.highlights()) {
        Matcher m = MARK.matcher(passage);
        while (m.find()) {
          assertFalse(hasHan(m.group(1)), () -> "marked Chinese text for a query without any: " + passage);
        }
      }
    }
  }

  /** {@code q ，}: the added clause holds nothing searchable, so it is left out and reported, never zeroing an AND. */
  private static void assertPunctuationChangesNothing(SearchRequest request, SearchResult result) {
    String q = request.query();
    if (q.isBlank() || q.endsWith("\\") || q.length() + 2 > RequestLimits.MAX_QUERY_LENGTH) {
      return; // blank browses (with the mark it would not); a trailing \ would escape the space
    }
    SearchResult with = service.search(request.withQuery(q + " ，"));
    assertEquals(result.total(), with.total(), "a lone ， changed the total");
    assertEquals(result.hits().stream().map(Hit::id).toList(), with.hits().stream().map(Hit::id).toList());
    assertTrue(with.ignoredClauses().contains("，"), () -> "not reported: " + with.ignoredClauses());
  }

  private static SearchRequest oddRequest(String q, Random random) {
    List<String> odd = List.of("京", "北京市", "火星", "", " ", "\u0000", "\uD800", "province:京", "*");
    String province = random.nextBoolean() ? null : odd.get(random.nextInt(odd.size()));
    Integer year = random.nextBoolean() ? null : List.of(2024, 2026, 0, -1, Integer.MAX_VALUE).get(random.nextInt(5));
    String official = random.nextBoolean() ? null : odd.get(random.nextInt(odd.size()));
    int from = List.of(0, 0, 5, 9_990, 10_000, -1, Integer.MAX_VALUE).get(random.nextInt(7));
    int size = List.of(1, 10, 100, 0, 101, -5).get(random.nextInt(6));
    return SearchRequest.of(q).withFilter(Dimensions.PROVINCE, province).withFilter(Dimensions.YEAR, year)
        .withFilter(Dimensions.OFFICIAL, official).withPage(from, size);
  }

  private static void assertConsistent(SearchRequest request, SearchResult r) throws Exception {
    assertEquals(request.from(), r.from());
    assertEquals(request.size(), r.size());
    assertTrue(r.total() >= 0 && r.hits().size() <= r.size(), "a page of at most size hits");
    assertTrue(r.hits().size() <= Math.max(0, r.total() - r.from()), "no more hits than the total");
    for (Hit hit : r.hits()) {
      assertNotNull(hit.id());
      assertTrue(ids.contains(hit.id()), hit.id());
      assertNotNull(hit.highlights());
    }
    assertNotNull(r.facets());
    assertNotNull(r.ignoredClauses());
    JSON.writeValueAsBytes(r); // what the API sends must serialize as UTF-8, whatever the query held
  }
}
