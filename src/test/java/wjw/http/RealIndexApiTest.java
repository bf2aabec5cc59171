package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.search.LuceneSearchService;

/** The API over a real index built from the seeds, including searches while POST /api/reindex swaps it. */
class RealIndexApiTest {
  static final String TOKEN = "admin-token-for-tests";
  static final String QUERY = HttpClientSupport.enc("托育");

  @TempDir static Path tmp;
  static Path seeds;
  static Path index;
  static LuceneSearchService service;
  static ApiServer server;
  static HttpClientSupport http;

  @BeforeAll
  static void start() throws Exception {
    seeds = Files.createDirectories(tmp.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    index = tmp.resolve("index");
    new Reindexer(seeds, index).run(true);
    service = LuceneSearchService.open(index);
    ReindexAction reindex = () -> {
      ReindexReport report = new Reindexer(seeds, index).run(true);
      service.refresh();
      return report;
    };
    server = new ApiServer(service, reindex, TOKEN, Path.of("web"), "127.0.0.1", 0).start();
    http = new HttpClientSupport(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    service.close();
  }

  @Test
  void searchFindsHighlightedStatementsAndFacets() throws Exception {
    var r = http.get("/api/search?q=" + QUERY);
    assertEquals(200, r.status(), r.raw().body());
    JsonNode j = r.json();
    assertTrue(j.get("total").asLong() > 0);
    JsonNode hit = j.get("hits").get(0);
    assertTrue(hit.get("highlights").get(0).asText().contains("<mark>"), hit.toString());
    assertFalse(hit.get("officials").isEmpty());
    assertTrue(j.get("facets").get("province").size() > 0);

    String province = j.get("facets").get("province").get(0).get("value").asText();
    long count = j.get("facets").get("province").get(0).get("count").asLong();
    var filtered = http.get("/api/search?q=" + QUERY + "&province=" + HttpClientSupport.enc(province));
    assertEquals(count, filtered.json().get("total").asLong());
  }

  @Test
  void browseWithoutQueryAndRealStatementArticleOfficial() throws Exception {
    var browse = http.get("/api/search?size=100");
    assertEquals(200, browse.status(), browse.raw().body());
    long total = browse.json().get("total").asLong();
    assertEquals(http.get("/api/health").json().get("statements").asLong(), total);

    String id = http.get("/api/search?q=" + QUERY).json().get("hits").get(0).get("id").asText();
    var st = http.get("/api/statements/" + id + "?q=" + QUERY);
    assertEquals(200, st.status());
    assertTrue(st.json().get("paragraphs").toString().contains("<mark>"));
    assertFalse(st.json().get("paragraphs").get(0).get("lines").isEmpty());
    String articleId = st.json().get("article").get("id").asText();
    var article = http.get("/api/articles/" + articleId);
    assertEquals(200, article.status());
    assertTrue(article.json().get("statements").toString().contains(id));
    assertTrue(http.get("/api/officials").json().get("total").asInt() > 0);
    int odd = http.get("/api/search?q=" + HttpClientSupport.enc("托育 (")).status();
    assertTrue(odd == 200 || odd == 400, "an odd query parses or is a 400, never " + odd);
  }

  @Test
  void concurrentSearchesDuringReindexAllSucceedOnCompleteIndexes() throws Exception {
    long before = http.get("/api/search?q=" + QUERY).json().get("total").asLong();
    // A copy of one seed under a new name: the new index has more matches, so every answer must be one of two totals.
    Path first;
    try (Stream<Path> files = Files.list(seeds)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    Files.copy(first, seeds.resolve("zzz_copy_" + first.getFileName()));

    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger requests = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(9);
    List<Future<?>> searchers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      searchers.add(pool.submit(() -> {
        while (!done.get() || requests.get() < 200) {
          try {
            var r = http.get("/api/search?q=" + QUERY + "&size=20");
            requests.incrementAndGet();
            if (r.status() != 200) {
              failures.add(r.status() + " " + r.raw().body());
            } else {
              totals.add(r.json().get("total").asLong());
            }
          } catch (Exception e) {
            failures.add(e.toString());
          }
        }
        return null;
      }));
    }
    var reindex = pool.submit(() -> http.post("/api/reindex", TOKEN));
    var report = reindex.get();
    done.set(true);
    for (Future<?> f : searchers) {
      f.get();
    }
    pool.shutdown();

    assertEquals(200, report.status(), report.raw().body());
    assertTrue(report.json().get("switched").asBoolean(), report.raw().body());
    long after = http.get("/api/search?q=" + QUERY).json().get("total").asLong();
    assertNotEquals(before, after);
    assertTrue(failures.isEmpty(), () -> failures.size() + " failed of " + requests.get() + ": " + failures.peek());
    assertTrue(Set.of(before, after).containsAll(Set.copyOf(totals)), "a total from an incomplete index: " + Set.copyOf(totals));
    assertTrue(requests.get() >= 200);
  }
}
