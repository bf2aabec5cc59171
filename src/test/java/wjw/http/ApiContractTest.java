package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wjw.index.ReindexException;
import wjw.index.ReindexReport;

/** HTTP contract against a fake search service: parameters, bounds, errors, tokens, headers, static files. */
class ApiContractTest {
  static final String TOKEN = "s3cret-token";
  static final CountDownLatch reindexStarted = new CountDownLatch(1);
  static final CountDownLatch releaseReindex = new CountDownLatch(1);
  static volatile boolean blockReindex;
  static ApiServer server;
  static ApiServer tokenless;
  static HttpClientSupport http;
  static HttpClientSupport httpTokenless;

  @BeforeAll
  static void start() {
    ReindexAction slow = () -> {
      if (blockReindex) {
        reindexStarted.countDown();
        try {
          releaseReindex.await();
        } catch (InterruptedException e) {
          throw new ReindexException("interrupted", null);
        }
      }
      return new ReindexReport(List.of(), 1, 3, 0.1, true, "gen-2");
    };
    server = new ApiServer(new FakeSearchService(), slow, TOKEN, Path.of("web"), "127.0.0.1", 0).start();
    tokenless = new ApiServer(new FakeSearchService(), slow, null, Path.of("web"), "127.0.0.1", 0).start();
    http = new HttpClientSupport(server.port());
    httpTokenless = new HttpClientSupport(tokenless.port());
  }

  @AfterAll
  static void stop() {
    server.stop();
    tokenless.stop();
  }

  static void assertError(HttpClientSupport.Reply r, int status, String reasonPart) {
    assertEquals(status, r.status(), () -> r.raw().body());
    assertNotNull(r.json(), () -> "not JSON: " + r.raw().body());
    JsonNode e = r.json().get("error");
    assertEquals(status, e.get("status").asInt());
    assertFalse(e.get("type").asText().isEmpty());
    assertTrue(e.get("reason").asText().contains(reasonPart), () -> e.get("reason").asText());
    assertFalse(r.raw().body().contains("Exception"), "no stack trace");
  }

  @Test
  void searchReturnsSnakeCaseHitsAndFacets() throws Exception {
    var r = http.get("/api/search?q=" + HttpClientSupport.enc("托育"));
    assertEquals(200, r.status());
    assertTrue(r.header("Content-Type").startsWith("application/json"));
    JsonNode j = r.json();
    assertEquals("托育", j.get("query").asText());
    assertEquals(2, j.get("total").asInt());
    assertTrue(j.has("took_ms"));
    assertEquals(false, j.get("partial").asBoolean(true), "a search within its time limit is complete");
    assertEquals(0, j.get("from").asInt());
    assertEquals(10, j.get("size").asInt());
    JsonNode hit = j.get("hits").get(0);
    for (String key : List.of("id", "score", "year", "province", "organization", "officials", "article", "highlights")) {
      assertTrue(hit.has(key), key);
    }
    assertTrue(hit.get("highlights").get(0).asText().contains("<mark>托育</mark>"));
    assertEquals("钟东波", hit.get("officials").get(0).get("name").asText());
    assertEquals("2", j.get("facets").get("province").size() + "");
    assertTrue(j.get("facets").has("year") && j.get("facets").has("official"));
  }

  @Test
  void filtersAndBrowse() throws Exception {
    var r = http.get("/api/search?province=" + HttpClientSupport.enc("上海市"));
    assertEquals(1, r.json().get("total").asInt());
    r = http.get("/api/search?q=&year=2025");
    assertEquals("江苏省", r.json().get("hits").get(0).get("province").asText());
    r = http.get("/api/search?official=" + HttpClientSupport.enc("谭颖") + "&from=0&size=1");
    assertEquals(1, r.json().get("hits").size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "size=0|size",
      "size=101|size",
      "size=abc|size",
      "from=-1|from",
      "from=9995&size=10|from + size",
      "from=2147483647&size=10|from + size",
      "year=2026x|year",
      "year=|",
  })
  void boundsAreEnforced(String query, String reasonPart) throws Exception {
    var r = http.get("/api/search?q=a&" + query);
    if (reasonPart == null) {
      assertEquals(200, r.status(), "empty year means no filter");
      return;
    }
    assertError(r, 400, reasonPart);
  }

  @Test
  void edgesOfBoundsAreAccepted() throws Exception {
    assertEquals(200, http.get("/api/search?q=a&size=100").status());
    assertEquals(200, http.get("/api/search?q=a&size=1").status());
    assertEquals(200, http.get("/api/search?q=a&from=9990&size=10").status());
    assertEquals(200, http.get("/api/search?q=" + "托".repeat(1000)).status());
  }

  @Test
  void tooLongQueryAndRejectedQueryAre400() throws Exception {
    assertError(http.get("/api/search?q=" + "托".repeat(1001)), 400, "q");
    assertError(http.get("/api/search?q=" + HttpClientSupport.enc("(托育")), 400, "q: unbalanced parenthesis");
    assertError(http.get("/api/statements/a1-s1?q=" + "托".repeat(1001)), 400, "q");
    // Far beyond any header limit: Jetty itself answers, still with a JSON error body.
    assertError(http.get("/api/search?q=" + "托".repeat(6000)), 414, "too long");
  }

  @Test
  void statementWithHighlightsAnd404() throws Exception {
    var r = http.get("/api/statements/a1-s1?q=" + HttpClientSupport.enc("育儿"));
    assertEquals(200, r.status());
    JsonNode p = r.json().get("paragraphs");
    assertEquals("加强&lt;科学&gt;<mark>育儿</mark>指导。", p.get(1).get("html").asText());
    assertEquals(11, p.get(1).get("lines").get(0).asInt());
    assertTrue(r.json().get("text").asText().contains("托育"));
    assertEquals("a1", r.json().get("article").get("id").asText());
    assertError(http.get("/api/statements/nope"), 404, "nope");
  }

  @Test
  void articlesOfficialsHealth() throws Exception {
    var list = http.get("/api/articles").json();
    assertEquals(1, list.get("total").asInt());
    assertEquals("a1-s1", list.get("articles").get(0).get("statements").get(0).get("id").asText());
    assertEquals(0, http.get("/api/articles?from=1").json().get("articles").size(), "past the last article: an empty page");
    assertError(http.get("/api/articles?size=1001"), 400, "size");
    assertError(http.get("/api/articles?from=-1"), 400, "from");
    var one = http.get("/api/articles/a1");
    assertEquals("谋新篇 开新局", one.json().get("headline").asText());
    assertEquals("记者甲", one.json().get("reporters").get(0).asText());
    assertError(http.get("/api/articles/zzz"), 404, "zzz");
    var officials = http.get("/api/officials").json();
    assertEquals(3, officials.get("total").asInt());
    assertEquals(1, officials.get("officials").get(2).get("statements").asInt());
    var health = http.get("/api/health").json();
    assertEquals("ok", health.get("status").asText());
    assertEquals(3, health.get("statements").asInt());
    assertEquals("gen-1", health.get("index").get("version").asText());
    assertTrue(health.get("index").has("built_at"));
  }

  @Test
  void unknownPathsAndMethodsAreJsonErrors() throws Exception {
    assertError(http.get("/api/nothing"), 404, "/api/nothing");
    assertError(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/search")).DELETE()), 405, "");
    assertError(http.post("/api/health", null), 405, "");
    assertError(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/reindex"))
        // just over the 64 KiB limit: small enough to be fully sent before the server answers 413 and
        // closes, so the client reads the answer instead of a reset connection
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(70_000)))
        .header("Authorization", "Bearer " + TOKEN)), 413, "");
  }

  @Test
  void reindexTokenRules() throws Exception {
    assertError(httpTokenless.post("/api/reindex", null), 404, "");
    assertError(httpTokenless.post("/api/reindex", "anything"), 404, "");
    assertError(http.post("/api/reindex", null), 403, "token");
    assertError(http.post("/api/reindex", "wrong"), 403, "token");
    assertError(http.post("/api/reindex", TOKEN + "x"), 403, "token");
    var ok = http.post("/api/reindex", TOKEN);
    assertEquals(200, ok.status(), ok.raw().body());
    assertEquals("gen-2", ok.json().get("version").asText());
    assertTrue(ok.json().get("switched").asBoolean());
  }

  @Test
  void secondReindexWhileOneRunsIs409() throws Exception {
    blockReindex = true;
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<HttpClientSupport.Reply> first = pool.submit(() -> http.post("/api/reindex", TOKEN));
      reindexStarted.await();
      assertError(http.post("/api/reindex", TOKEN), 409, "another reindex is running (");
      releaseReindex.countDown();
      assertEquals(200, first.get().status());
    } finally {
      blockReindex = false;
      releaseReindex.countDown();
      pool.shutdown();
    }
  }

  @Test
  void securityHeadersEverywhere() throws Exception {
    for (String path : List.of("/api/health", "/api/nothing", "/", "/app.js", "/api/search?size=0")) {
      var r = http.get(path);
      String csp = r.header("Content-Security-Policy");
      assertNotNull(csp, path);
      assertFalse(csp.contains("unsafe-inline"), path);
      assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
      assertNotNull(r.header("Referrer-Policy"), path);
    }
  }

  @Test
  void staticFilesServedWithoutEscapesOrListings() throws Exception {
    var index = http.get("/");
    assertEquals(200, index.status());
    assertTrue(index.raw().body().contains("<html"), "index.html served at /");
    assertTrue(index.header("Content-Type").startsWith("text/html"));
    for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml", "/%2e%2e%2fpom.xml",
        "/web/../pom.xml", "/css/", "/nothing.html")) {
      var r = http.get(path);
      assertTrue(r.status() >= 400, path + " -> " + r.status());
      assertFalse(r.raw().body().contains("<project"), path + " leaked pom.xml");
      assertFalse(r.raw().body().contains("Directory"), path + " listed a directory");
    }
  }

  @Test
  void openApiDocumentsEveryRoute() throws Exception {
    var r = http.get("/api/openapi.json");
    assertEquals(200, r.status());
    JsonNode doc = r.json();
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    for (ApiRoute route : server.routes()) {
      JsonNode path = doc.get("paths").get(route.path());
      assertNotNull(path, "OpenAPI misses path " + route.path());
      assertNotNull(path.get(route.method().name().toLowerCase()), "OpenAPI misses " + route.method() + " " + route.path());
    }
    assertEquals(server.routes().size(), doc.get("paths").size(), "OpenAPI documents a route the server does not have");
    assertNull(doc.get("paths").get("/api/nothing"));
  }
}
