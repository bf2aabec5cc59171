package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import wjw.Backend;

/**
 * The API over a real index built from the seeds, including searches while POST /api/reindex swaps it; on
 * both backends (the embedded index, and an OpenSearch cluster whose alias the reindex moves).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RealIndexApiTest {
  static final String TOKEN = "admin-token-for-tests";
  static final String QUERY = HttpClientSupport.enc("托育");

  /** The backend of this run of the class (the set-up below receives it). */
  @Parameter Backend backend;

  @TempDir static Path tmp;
  static Path seeds;
  static Backend.Built index;
  static ApiServer server;
  static HttpClientSupport http;

  @BeforeParameterizedClassInvocation
  static void start(Backend backend) throws Exception {
    Path work = tmp.resolve(backend.name());
    seeds = Files.createDirectories(work.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    index = backend.build(seeds, work);
    server = new ApiServer(index.service(), index::reindex, TOKEN, Path.of("web"), "127.0.0.1", 0).start();
    http = new HttpClientSupport(server.port());
  }

  @AfterParameterizedClassInvocation
  static void stop() throws Exception {
    if (server != null) {
      server.stop();
      server = null;
    }
    if (index != null) {
      index.close();
      index = null;
    }
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

  /**
   * Searches during POST /api/reindex: none fails, and each answer is exactly one index's answer. The new
   * index has an extra article, so the two answers differ in total, hits and facets; every answer seen,
   * less its took_ms, must equal the old index's or the new index's answer as a whole.
   */
  @Test
  void concurrentSearchesDuringReindexAllSucceedOnCompleteIndexes() throws Exception {
    List<String> paths = List.of("/api/search?q=" + QUERY + "&size=100", "/api/search?size=100");
    List<String> before = new ArrayList<>();
    for (String path : paths) {
      before.add(answer(http.get(path)));
    }
    // A copy of one seed under a new name: the new index has more statements, with new ids.
    Path first;
    try (Stream<Path> files = Files.list(seeds)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    Files.copy(first, seeds.resolve("zzz_copy_" + first.getFileName()));

    AtomicInteger requests = new AtomicInteger();
    AtomicInteger stopAt = new AtomicInteger(Integer.MAX_VALUE);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Map<String, Integer> seen = new ConcurrentHashMap<>(); // "path index\nanswer" -> times
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> searchers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      searchers.add(pool.submit(() -> {
        for (int n = 0; requests.get() < stopAt.get(); n++) {
          int which = (thread + n) % paths.size();
          try {
            var r = http.get(paths.get(which));
            requests.incrementAndGet();
            if (r.status() != 200) {
              failures.add(r.status() + " " + r.raw().body());
            } else {
              seen.merge(which + "\n" + answer(r), 1, Integer::sum);
            }
          } catch (Exception e) {
            failures.add(e.toString());
          }
        }
        return null;
      }));
    }
    while (requests.get() < 100) {
      Thread.sleep(5); // old-index answers first, so the swap happens under load
    }
    var report = http.post("/api/reindex", TOKEN);
    stopAt.set(requests.get() + 200); // and new-index answers after it
    for (Future<?> f : searchers) {
      f.get();
    }
    pool.shutdown();

    assertEquals(200, report.status(), report.raw().body());
    assertTrue(report.json().get("switched").asBoolean(), report.raw().body());
    assertTrue(failures.isEmpty(), () -> failures.size() + " failed of " + requests.get() + ": " + failures.peek());
    Map<String, String> oldOrNew = new HashMap<>();
    for (int which = 0; which < paths.size(); which++) {
      String after = answer(http.get(paths.get(which)));
      assertNotEquals(before.get(which), after, "the two indexes answer differently");
      oldOrNew.put(which + "\n" + before.get(which), "old");
      oldOrNew.put(which + "\n" + after, "new");
    }
    for (var e : seen.entrySet()) {
      assertTrue(oldOrNew.containsKey(e.getKey()), () -> e.getValue() + " answers from neither index whole: "
          + e.getKey());
    }
    Map<String, Integer> perIndex = new HashMap<>();
    seen.forEach((answer, times) -> perIndex.merge(oldOrNew.get(answer), times, Integer::sum));
    assertTrue(perIndex.getOrDefault("old", 0) > 0 && perIndex.getOrDefault("new", 0) > 0,
        "answers from both sides of the swap: " + perIndex);
    assertTrue(requests.get() >= 300);
    System.out.printf("RealIndexApiTest (%s): %d searches across a reindex swap, 0 errors, each wholly one index's: %s%n",
        backend, requests.get(), perIndex);
  }

  /** The answer as a whole, less its timing: equal answers come from the same index. */
  private static String answer(HttpClientSupport.Reply r) {
    ObjectNode json = (ObjectNode) r.json().deepCopy();
    json.remove("took_ms");
    return json.toString();
  }
}
