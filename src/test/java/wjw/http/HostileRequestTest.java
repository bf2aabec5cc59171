package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wjw.index.ReindexReport;
import wjw.search.SearchRequest;
import wjw.search.SearchResult;

/**
 * Requests an attacker or a broken client sends, written byte for byte on a socket: path traversal
 * against files outside web/, markup in error messages, oversized and half-sent requests, more
 * requests than slots, cross-site calls, and a token that must never reach the log. Every refusal
 * is checked for its status, JSON error type and reason, and the security headers.
 */
class HostileRequestTest {
  static final String TOKEN = "tok-" + "9f3c1e7a5b";
  static final String SECRET = "SECRET-OUTSIDE-WEB-7d41";
  @TempDir static Path site;
  static Path web;
  static ApiServer server;
  static ApiServer corsServer;

  @BeforeAll
  static void start() throws Exception {
    // site/web is served; site/secret.txt, site/index/ and the repository's pom.xml must stay out of reach
    web = Files.createDirectories(site.resolve("web"));
    for (String f : List.of("index.html", "app.js", "style.css")) {
      Files.copy(Path.of("web", f), web.resolve(f));
    }
    Files.writeString(site.resolve("secret.txt"), SECRET);
    Files.createDirectories(site.resolve("index"));
    Files.writeString(site.resolve("index").resolve("segments_1"), SECRET);
    // a link inside web/ to a file outside it: following it would serve the file
    Files.createSymbolicLink(web.resolve("leak.txt"), site.resolve("secret.txt"));
    // dotfiles an editor, git or a deploy script leaves in the folder
    Files.writeString(web.resolve(".hidden"), SECRET);
    Files.createDirectories(web.resolve(".git"));
    Files.writeString(web.resolve(".git").resolve("config"), SECRET);
    ReindexAction reindex = () -> new ReindexReport(List.of(), 1, 1, 0.1, true, "gen-2");
    server = new ApiServer(new FakeSearchService(), reindex, TOKEN, web, "127.0.0.1", 0).start();
    corsServer = new ApiServer(new FakeSearchService(), reindex, TOKEN, web, "127.0.0.1", 0,
        HttpSettings.DEFAULTS.withCorsOrigins(List.of("https://allowed.example", "http://localhost:8080"))).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    corsServer.stop();
  }

  static RawHttp.Response get(String target, String... headers) throws Exception {
    return RawHttp.send(server.port(), "GET " + target + " HTTP/1.1", headers);
  }

  /** Every response, error or not, carries the CSP without inline script and nosniff. */
  static void assertSecurityHeaders(RawHttp.Response r, String what) {
    String csp = r.header("Content-Security-Policy");
    assertNotNull(csp, what + ": no CSP");
    assertTrue(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"), what + ": " + csp);
    assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
  }

  static void assertJsonError(RawHttp.Response r, int status, String type, String reasonPart) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    assertNotNull(r.json(), r.body());
    assertEquals(status, r.json().at("/error/status").asInt(), r.body());
    assertEquals(type, r.json().at("/error/type").asText(), r.body());
    assertTrue(r.json().at("/error/reason").asText().contains(reasonPart), r.body());
    assertFalse(r.body().contains("Exception") || r.body().contains("at org."), "no stack trace: " + r.body());
    assertSecurityHeaders(r, r.status() + " " + type);
  }

  @Test
  void theFixtureServesItsFiles() throws Exception {
    // without this the traversal test below could pass against a server that serves nothing
    RawHttp.Response r = get("/app.js");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("textContent"));
    assertSecurityHeaders(r, "/app.js");
    assertEquals(200, get("/").status());
    assertTrue(Files.readString(web.resolve("leak.txt")).contains(SECRET), "the link resolves on disk");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/.%2e/secret.txt",
      "/%2E%2E/secret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%252e%252e%252fsecret.txt", "/..%252fsecret.txt",
      "/..;/secret.txt", "/app.js/..;/..;/secret.txt", "/;/../secret.txt", "/%c0%ae%c0%ae/secret.txt",
      "/./../secret.txt", "/%2e/%2e%2e/secret.txt", "/app.js%00.html", "/web/../secret.txt", "/leak.txt",
      "/../index/segments_1", "/..%2findex%2fsegments_1",
      "/../../../../../../../../etc/passwd", "/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
      "/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd",
      "/%2fetc%2fpasswd", "/file:///etc/passwd", "/ABS/secret.txt", "//ABS/secret.txt", "/ABS-ENCODED/secret.txt",
      "/POM", "//POM", "/../pom.xml", "/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fPOM-REL",
      "http://127.0.0.1/../secret.txt", "http://127.0.0.1/..%2fsecret.txt", "http://127.0.0.1//etc/passwd",
  })
  void traversalNeverLeavesWebDir(String template) throws Exception {
    String target = template
        .replace("/ABS-ENCODED", site.toAbsolutePath().toString().replace("/", "%2f"))
        .replace("/ABS", site.toAbsolutePath().toString())
        .replace("POM-REL", Path.of("pom.xml").toAbsolutePath().toString().substring(1).replace("/", "%2f"))
        .replace("POM", Path.of("pom.xml").toAbsolutePath().toString().substring(1));
    RawHttp.Response r = get(target);
    assertTrue(r.status() == 400 || r.status() == 404, target + " -> " + r.status() + " " + r.body());
    assertFalse(r.body().contains(SECRET), target + " leaked a file outside web/");
    assertFalse(r.body().contains("root:x:0:0"), target + " leaked /etc/passwd");
    assertFalse(r.body().contains("<project"), target + " leaked pom.xml");
    assertJsonError(r, r.status(), r.status() == 400 ? "bad_request" : "not_found", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/.hidden", "/.git/config", "/%2ehidden", "/.git/", "/%2Egit/config"})
  void dotfilesAreNeverServed(String target) throws Exception {
    assertTrue(Files.readString(web.resolve(".hidden")).contains(SECRET), "the file is there on disk");
    RawHttp.Response r = get(target);
    assertTrue(r.status() == 404 || r.status() == 400, target + " -> " + r.status());
    assertFalse(r.body().contains(SECRET), target + " served a dotfile");
  }

  @Test
  void aMethodOverrideHeaderChangesNothing() throws Exception {
    java.util.concurrent.atomic.AtomicInteger reindexes = new java.util.concurrent.atomic.AtomicInteger();
    ApiServer s = new ApiServer(new FakeSearchService(), () -> {
      reindexes.incrementAndGet();
      return new ReindexReport(List.of(), 1, 1, 0.1, true, "gen-2");
    }, TOKEN, web, "127.0.0.1", 0).start();
    try {
      for (String header : List.of("X-HTTP-Method-Override: POST", "x-http-method-override: post")) {
        RawHttp.Response r = RawHttp.send(s.port(), "GET /api/reindex HTTP/1.1", header, "Authorization: Bearer " + TOKEN);
        assertJsonError(r, 405, "method_not_allowed", "method GET not allowed on /api/reindex");
      }
      RawHttp.Response search = RawHttp.send(s.port(), "POST /api/search?q=a HTTP/1.1", "X-HTTP-Method-Override: GET",
          "Content-Length: 0");
      assertEquals(405, search.status(), "a POST stays a POST too");
      assertEquals(0, reindexes.get(), "no reindex ran");
      assertEquals(200, RawHttp.send(s.port(), "POST /api/reindex HTTP/1.1", "Authorization: Bearer " + TOKEN,
          "Content-Length: 0").status());
      assertEquals(1, reindexes.get(), "the real POST still works");
    } finally {
      s.stop();
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "q=%                | q: malformed percent-encoding '%' at character 1",
      "q=%zz              | q: malformed percent-encoding '%zz' at character 1",
      "q=%E6%89%9         | q: malformed percent-encoding '%9' at character 7",
      "q=%ff              | q: percent-encoded bytes that are not UTF-8",
      "q=a&size=1%        | size: malformed percent-encoding '%' at character 2",
      "q=a&%zz=1          | %zz: the parameter name has malformed percent-encoding",
  })
  void malformedPercentEncodingIsRefusedNamingTheParameter(String query, String reason) throws Exception {
    // before: Jetty read q=% as an empty query, which browsed everything
    assertJsonError(get("/api/search?" + query.strip()), 400, "bad_parameter", reason.strip());
  }

  @Test
  void wellFormedEncodingIsNotRefused() throws Exception {
    assertEquals(200, get("/api/search?q=%E6%89%98%E8%82%B2+100%25").status());
    assertEquals(200, get("/api/search?q=a%20b&size=5").status());
  }

  @Test
  void anUnsupportedHttpVersionIsTypedAsSuch() throws Exception {
    RawHttp.Response r = RawHttp.sendRaw(server.port(), "GET /api/health HTTP/3.0\r\nHost: 127.0.0.1\r\n\r\n");
    assertJsonError(r, 505, "http_version_not_supported", "HTTP version not supported");
  }

  @Test
  void jsonAnswersSayTheirCharset() throws Exception {
    for (String target : List.of("/api/health", "/api/search?q=%E6%89%98%E8%82%B2", "/api/nothing", "/api/search?size=x")) {
      String type = get(target).header("Content-Type").toLowerCase(java.util.Locale.ROOT).replace(" ", "");
      assertEquals("application/json;charset=utf-8", type, target);
    }
  }

  @Test
  void malformedPathsAreRefusedBeforeRoutingWithJettysReason() throws Exception {
    assertJsonError(get("/..%2fsecret.txt"), 400, "bad_request", "malformed request: Ambiguous URI path separator");
    assertJsonError(get("/../secret.txt"), 400, "bad_request", "malformed request: invalid request line or path");
    assertJsonError(get("/..%5csecret.txt"), 400, "bad_request", "Suspicious Path Character");
  }

  @Test
  void markupInInputStaysInsideValidJsonStrings() throws Exception {
    String[] targets = {
        "/api/search?q=%3Cscript%3Ealert(1)%3C/script%3E&size=%3Cscript%3E",
        "/api/search?q=a&size=%22%0a%0d%5C%3Cimg%20src=x%3E",
        "/api/statements/%3Cimg%20src=x%20onerror=alert(1)%3E",
        "/api/articles/%22%7D%7B%22x%22:%22",
        "/api/%3Cscript%3E",
    };
    for (String target : targets) {
      RawHttp.Response r = get(target);
      assertTrue(r.status() == 400 || r.status() == 404, target);
      // parsed by Jackson in RawHttp: an unescaped quote or newline would have failed here
      assertNotNull(r.json(), target + ": " + r.body());
      assertSecurityHeaders(r, target);
      assertTrue(r.header("Content-Type").startsWith("application/json"), "never text/html: " + target);
    }
    RawHttp.Response r = get("/api/statements/%3Cimg%20src=x%20onerror=alert(1)%3E");
    assertEquals("no statement with id <img src=x onerror=alert(1)>", r.json().at("/error/reason").asText());
    r = get("/api/search?q=a&size=%22%0a%3C");
    assertEquals("size: must be an integer, got \"\"\n<\"", r.json().at("/error/reason").asText());
  }

  @Test
  void thePageShowsErrorReasonsAsTextNeverAsMarkup() throws Exception {
    // the reason echoes input (an id, a parameter); the page must not turn it into markup
    String js = Files.readString(Path.of("web", "app.js"));
    String notice = js.substring(js.indexOf("function errorNotice("), js.indexOf("\n}\n", js.indexOf("function errorNotice(")));
    assertTrue(notice.contains("error.message"), notice);
    assertFalse(notice.contains("innerHTML") || notice.contains("insertAdjacentHTML"), notice);
    assertTrue(js.contains("node.textContent = String(text)"), "el() fills text through textContent");
    List<String> htmlSinks = js.lines().filter(l -> l.contains("innerHTML") || l.contains("insertAdjacentHTML")
        || l.contains("outerHTML") || l.contains("document.write")).map(String::strip).toList();
    // only the two API fields that are escaped server-side, with <mark> as their only markup
    assertEquals(List.of("p.innerHTML = passage; // escaped by the API; only <mark> is markup",
        "text.innerHTML = para.html; // escaped by the API; only <mark> is markup"), htmlSinks);
  }

  @Test
  void oversizedRequestLineAndHeadersAreRefusedWithJson() throws Exception {
    // 40 KB is over the 32 KB Jetty reads for the request line and headers together
    RawHttp.Response longUri = get("/api/search?q=" + "a".repeat(40_000));
    assertJsonError(longUri, 414, "uri_too_long", "request URI too long (a query is at most 1000 characters)");
    RawHttp.Response bigHeader = get("/api/health", "X-Filler: " + "b".repeat(40_000));
    assertJsonError(bigHeader, 431, "headers_too_large", "request headers too large");
    RawHttp.Response manyHeaders = get("/api/health", headers(2_000));
    assertJsonError(manyHeaders, 431, "headers_too_large", "request headers too large");
  }

  private static String[] headers(int n) {
    String[] h = new String[n];
    for (int i = 0; i < n; i++) {
      h[i] = "X-H" + i + ": " + "v".repeat(16);
    }
    return h;
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    RawHttp.Response r = RawHttp.sendRaw(server.port(), "POST /api/reindex HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Authorization: Bearer " + TOKEN + "\r\nContent-Length: " + (RequestIntake.MAX_BODY_BYTES + 1)
        + "\r\nConnection: close\r\n\r\n" + "x".repeat((int) RequestIntake.MAX_BODY_BYTES + 1));
    assertJsonError(r, 413, "content_too_large", "request body of 65537 bytes, at most 65536 allowed");
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    RawHttp.Response r = get("/api/health", "Origin: https://evil.example");
    assertEquals(200, r.status());
    assertNull(r.header("Access-Control-Allow-Origin"));
    assertNull(r.header("Access-Control-Allow-Credentials"));
    RawHttp.Response preflight = RawHttp.send(server.port(), "OPTIONS /api/reindex HTTP/1.1",
        "Origin: https://evil.example", "Access-Control-Request-Method: POST",
        "Access-Control-Request-Headers: authorization");
    assertNull(preflight.header("Access-Control-Allow-Origin"), preflight.headers().toString());
    assertNull(preflight.header("Access-Control-Allow-Methods"));
    assertTrue(preflight.status() >= 400, "no preflight answer without --cors-origin: " + preflight.status());
    assertSecurityHeaders(preflight, "OPTIONS");
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
    RawHttp.Response allowed = RawHttp.send(corsServer.port(), "GET /api/health HTTP/1.1",
        "Origin: https://allowed.example");
    assertEquals(200, allowed.status());
    assertEquals("https://allowed.example", allowed.header("Access-Control-Allow-Origin"));
    assertSecurityHeaders(allowed, "CORS GET");
    RawHttp.Response second = RawHttp.send(corsServer.port(), "GET /api/health HTTP/1.1", "Origin: http://localhost:8080");
    assertEquals("http://localhost:8080", second.header("Access-Control-Allow-Origin"));
    RawHttp.Response other = RawHttp.send(corsServer.port(), "GET /api/health HTTP/1.1", "Origin: https://evil.example");
    assertNull(other.header("Access-Control-Allow-Origin"), other.headers().toString());
    RawHttp.Response lookalike = RawHttp.send(corsServer.port(), "GET /api/health HTTP/1.1",
        "Origin: https://allowed.example.evil.example");
    assertNull(lookalike.header("Access-Control-Allow-Origin"), lookalike.headers().toString());
    RawHttp.Response preflight = RawHttp.send(corsServer.port(), "OPTIONS /api/search HTTP/1.1",
        "Origin: https://allowed.example", "Access-Control-Request-Method: GET");
    assertTrue(preflight.status() < 300, preflight.status() + " " + preflight.body());
    assertEquals("https://allowed.example", preflight.header("Access-Control-Allow-Origin"));
    assertTrue(preflight.header("Access-Control-Allow-Methods").contains("GET"), preflight.headers().toString());
    assertSecurityHeaders(preflight, "CORS preflight");
  }

  @Test
  void corsOriginsMustBeOrigins() {
    for (String bad : List.of("example.org", "https://example.org/path", "ftp://example.org", "https://", "javascript:x",
        "https://user@example.org")) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> HttpSettings.DEFAULTS.withCorsOrigins(List.of(bad)), bad);
      assertTrue(e.getMessage().contains("--cors-origin") && e.getMessage().contains(bad), e.getMessage());
    }
    assertEquals(List.of("*"), HttpSettings.DEFAULTS.withCorsOrigins(List.of("*")).corsOrigins());
  }

  @Test
  void theAdminTokenNeverReachesTheLog() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    // slf4j-simple looks System.err up on every line, so the request log lands here
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(200, RawHttp.send(server.port(), "POST /api/reindex HTTP/1.1", "Authorization: Bearer " + TOKEN,
          "Content-Length: 0").status());
      assertEquals(403, RawHttp.send(server.port(), "POST /api/reindex HTTP/1.1",
          "Authorization: Bearer " + TOKEN + "-wrong", "Content-Length: 0").status());
      assertEquals(405, get("/api/reindex?token=" + TOKEN).status());
      assertEquals(404, get("/api/statements/" + TOKEN).status());
      assertEquals(400, get("/..%2f" + TOKEN).status());
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("POST /api/reindex 200") && log.contains("POST /api/reindex 403"), log);
    // the path is logged, the query string and the headers are not; an id is not the token
    assertEquals(2, log.split(TOKEN, -1).length - 1, "the token appears only in the two logged paths: " + log);
    assertTrue(log.contains("GET /api/statements/" + TOKEN + " 404"), log);
    // refusals Jetty answers before routing are logged too, path as sent
    assertTrue(log.contains("GET /..%2f" + TOKEN + " 400 bad_request (refused before routing)"), log);
  }

  @Test
  void wrongTokensOfEveryLengthAreRefusedAlike() throws Exception {
    // constant-time comparison is MessageDigest.isEqual; here: no length, prefix or case is accepted
    for (String sent : List.of("", "t", TOKEN.substring(0, TOKEN.length() - 1), TOKEN + "x", TOKEN.toUpperCase(),
        " " + TOKEN + "x", "x".repeat(10_000))) {
      RawHttp.Response r = RawHttp.send(server.port(), "POST /api/reindex HTTP/1.1", "Authorization: Bearer " + sent,
          "Content-Length: 0");
      // an empty one arrives as "Bearer" (Jetty strips the trailing space): "token required" rather than "wrong token"
      assertJsonError(r, 403, "forbidden", sent.isEmpty() ? "admin token required" : "wrong admin token");
      assertFalse(r.body().contains(TOKEN), "the reason never quotes the token");
    }
    assertJsonError(RawHttp.send(server.port(), "POST /api/reindex HTTP/1.1", "Authorization: Basic " + TOKEN,
        "Content-Length: 0"), 403, "forbidden", "admin token required");
  }

  // ---- slow and greedy clients, each against a server of its own with tight limits ----

  static ApiServer tight(SearchResultGate gate, HttpSettings settings) {
    FakeSearchService service = new FakeSearchService() {
      @Override
      public SearchResult search(SearchRequest r) {
        gate.pass();
        return super.search(r);
      }
    };
    return new ApiServer(service, () -> null, null, web, "127.0.0.1", 0, settings).start();
  }

  /** Holds searches until opened, counting those that arrived. */
  static final class SearchResultGate {
    final CountDownLatch arrived = new CountDownLatch(1);
    final CountDownLatch open = new CountDownLatch(1);

    void pass() {
      arrived.countDown();
      try {
        open.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void moreRequestsThanSlotsWaitThenGet503() throws Exception {
    SearchResultGate gate = new SearchResultGate();
    ApiServer s = tight(gate, HttpSettings.DEFAULTS.withConcurrency(1, Duration.ofMillis(300), 8));
    try {
      CompletableFuture<RawHttp.Response> first = CompletableFuture.supplyAsync(() -> send(s, "/api/search?q=a"));
      assertTrue(gate.arrived.await(20, TimeUnit.SECONDS));
      // the one slot is taken: the next request waits 0.3 s for it, then is refused
      RawHttp.Response busy = send(s, "/api/health");
      assertJsonError(busy, 503, "server_busy", "server busy: all 1 request slots stayed taken for 0.3 s; try again shortly");
      assertEquals("1", busy.header("Retry-After"));
      gate.open.countDown();
      assertEquals(200, first.get(20, TimeUnit.SECONDS).status());
      assertEquals(200, send(s, "/api/health").status(), "the slot is free again");
    } finally {
      gate.open.countDown();
      s.stop();
    }
  }

  @Test
  void aWaitingRequestGetsTheSlotWhenItFrees() throws Exception {
    SearchResultGate gate = new SearchResultGate();
    ApiServer s = tight(gate, HttpSettings.DEFAULTS.withConcurrency(1, Duration.ofSeconds(30), 8));
    try {
      CompletableFuture<RawHttp.Response> first = CompletableFuture.supplyAsync(() -> send(s, "/api/search?q=a"));
      assertTrue(gate.arrived.await(20, TimeUnit.SECONDS));
      CompletableFuture<RawHttp.Response> waiting = CompletableFuture.supplyAsync(() -> send(s, "/api/health"));
      Thread.sleep(200);
      assertFalse(waiting.isDone(), "waits while the slot is taken");
      gate.open.countDown();
      assertEquals(200, first.get(20, TimeUnit.SECONDS).status());
      assertEquals(200, waiting.get(20, TimeUnit.SECONDS).status());
    } finally {
      gate.open.countDown();
      s.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GET /api/hea", "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
      // over the body limit but small enough that the server reads it before answering 413
      "POST /api/reindex HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nabc"})
  void aClientThatStopsMidRequestIsDroppedAfterTheIdleTimeout(String partial) throws Exception {
    ApiServer s = new ApiServer(new FakeSearchService(), () -> null, null, web, "127.0.0.1", 0,
        HttpSettings.DEFAULTS.withIdleTimeout(Duration.ofMillis(500))).start();
    try (Socket socket = new Socket("127.0.0.1", s.port())) {
      socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      // 0.5 s idle timeout; 15 s is only the bound of this test, not a timing claim
      String got = new String(RawHttp.readUntilClosed(socket, 15_000), StandardCharsets.UTF_8);
      assertTrue(got.isEmpty() || got.startsWith("HTTP/1.1 4"), "closed, at most with an error: " + got);
    } finally {
      s.stop();
    }
  }

  @Test
  void aSlowAnswerIsNotCutByTheIdleTimeout() throws Exception {
    // the idle timeout is about silent clients: a reindex or search slower than it still gets its answer
    ReindexAction slowReindex = () -> {
      try {
        Thread.sleep(1_500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new ReindexReport(List.of(), 1, 1, 1.5, true, "gen-slow");
    };
    ApiServer s = new ApiServer(new FakeSearchService(), slowReindex, TOKEN, web, "127.0.0.1", 0,
        HttpSettings.DEFAULTS.withIdleTimeout(Duration.ofMillis(300))).start();
    try {
      RawHttp.Response r = RawHttp.send(s.port(), "POST /api/reindex HTTP/1.1", "Authorization: Bearer " + TOKEN,
          "Content-Length: 0");
      assertEquals(200, r.status(), r.body());
      assertEquals("gen-slow", r.json().get("version").asText());
    } finally {
      s.stop();
    }
  }

  @Test
  void connectionsBeyondTheLimitWaitUntilIdleOnesAreDropped() throws Exception {
    ApiServer s = new ApiServer(new FakeSearchService(), () -> null, null, web, "127.0.0.1", 0,
        HttpSettings.DEFAULTS.withIdleTimeout(Duration.ofMillis(700)).withConcurrency(2, Duration.ofSeconds(5), 2)).start();
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        idle.add(new Socket("127.0.0.1", s.port()));
      }
      // the third connection is not accepted while two are open; once the idle ones are dropped it is served
      RawHttp.Response r = send(s, "/api/health");
      assertEquals(200, r.status());
      for (Socket socket : idle) {
        assertEquals(0, RawHttp.readUntilClosed(socket, 15_000).length, "the idle connection was closed");
      }
    } finally {
      for (Socket socket : idle) {
        socket.close();
      }
      s.stop();
    }
  }

  private static RawHttp.Response send(ApiServer s, String target) {
    try {
      return RawHttp.send(s.port(), "GET " + target + " HTTP/1.1");
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }
}
