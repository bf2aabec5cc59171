package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.Reindexer;
import wjw.search.Deadline;
import wjw.search.ExportSink;
import wjw.search.LuceneSearchService;
import wjw.search.SearchRequest;

/** Similar statements, citations, export and suggestions through HTTP, over an index of the seeds. */
class ResearchApiTest {
  /** 张波's 2026 statement (山西省). */
  static final String ZHANG_BO_2026 = "000_d51fea8ea64b6d2e-3";

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static ApiServer server;
  static HttpClientSupport http;

  @BeforeAll
  static void start() throws Exception {
    Path index = tmp.resolve("index");
    new Reindexer(Path.of("seeds"), index).run(false);
    service = LuceneSearchService.open(index);
    server = new ApiServer(service, () -> null, null, Path.of("web"), "127.0.0.1", 0).start();
    http = new HttpClientSupport(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    service.close();
  }

  static List<Map<String, String>> csv(byte[] body) throws IOException {
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
      return rows.readAll();
    }
  }

  static HttpResponse<byte[]> bytes(String pathAndQuery) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void exportStreamsEveryHitAsCsvThatReadsBackWithItsCount() throws Exception {
    HttpResponse<byte[]> r = bytes("/api/export?q=" + HttpClientSupport.enc("托育") + "&format=csv");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("wjw-export.csv"));
    assertEquals("chunked", r.headers().firstValue("Transfer-Encoding").orElse(""), "streamed, not sized in advance");
    assertEquals((byte) 0xEF, r.body()[0], "UTF-8 BOM by default for spreadsheets");
    List<Map<String, String>> rows = csv(r.body());
    var search = service.search(new SearchRequest("托育", null, null, null, 0, 100));
    assertEquals(search.total(), rows.size());
    assertEquals(String.valueOf(search.total()), r.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(search.hits().stream().map(h -> h.id()).toList(), rows.stream().map(m -> m.get("id")).toList());
    assertTrue(rows.stream().allMatch(m -> m.get("file").endsWith(".txt") && !m.get("lines").isEmpty()));
  }

  @Test
  void exportAsJsonLinesWithFiltersAndWithoutBom() throws Exception {
    HttpResponse<byte[]> r = bytes("/api/export?q=" + HttpClientSupport.enc("医共体") + "&province="
        + HttpClientSupport.enc("内蒙古") + "&format=jsonl&bom=true");
    assertEquals(200, r.statusCode());
    String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(body.startsWith("\uFEFF"));
    List<String> lines = body.lines().toList();
    assertEquals(2, lines.size(), body);
    for (String line : lines) {
      JsonNode row = HttpClientSupport.JSON.readTree(line);
      assertEquals("内蒙古自治区", row.get("province").asText());
      assertTrue(row.get("passages").get(0).get("text").asText().contains("【医共体】"), line);
    }
    assertEquals('r', (char) bytes("/api/export?q=" + HttpClientSupport.enc("托育") + "&bom=false").body()[0],
        "bom=false: the header row comes first");
  }

  @Test
  void exportRefusesBadParametersBeforeWritingAnyRow() throws Exception {
    ApiContractTest.assertError(http.get("/api/export?q=" + HttpClientSupport.enc("托育") + "&format=xlsx"), 400,
        "format: must be one of csv, jsonl");
    ApiContractTest.assertError(http.get("/api/export?q=x&bom=maybe"), 400, "bom: must be true or false");
    ApiContractTest.assertError(http.get("/api/export?q=" + "托".repeat(1001)), 400, "q:");
    ApiContractTest.assertError(http.get("/api/export?q=" + HttpClientSupport.enc("*体")), 400, "leading wildcard");
  }

  @Test
  void citationsOfZhangBo2026() throws Exception {
    var r = http.get("/api/statements/" + ZHANG_BO_2026 + "/citation");
    assertEquals(200, r.status(), r.raw().body());
    JsonNode paragraphs = r.json().get("paragraphs");
    assertEquals(service.statement(ZHANG_BO_2026, null).orElseThrow().paragraphs().size(), paragraphs.size());
    JsonNode first = paragraphs.get(0);
    assertEquals("张波", first.get("speakers").get(0).get("name").asText());
    assertTrue(first.get("text").asText().startsWith("山西省卫生健康委党组书记、主任张波：“"), first.get("text").asText());
    assertEquals("健康报", first.get("newspaper").asText());
    ApiContractTest.assertError(http.get("/api/statements/nope/citation"), 404, "no statement with id nope");
  }

  @Test
  void similarStatementsOfZhangBo2026AndOfOneParagraph() throws Exception {
    var r = http.get("/api/statements/" + ZHANG_BO_2026 + "/similar");
    assertEquals(200, r.status(), r.raw().body());
    JsonNode statements = r.json().get("statements");
    assertEquals(5, statements.size());
    for (JsonNode s : statements) {
      assertFalse(s.get("id").asText().equals(ZHANG_BO_2026));
      assertFalse(s.get("shared_words").isEmpty());
      assertTrue(s.get("similarity").asDouble() > 0 && s.get("similarity").asDouble() <= 1);
    }
    var paragraph = http.get("/api/statements/" + ZHANG_BO_2026 + "/similar?paragraph=1&size=2");
    assertEquals(200, paragraph.status());
    assertEquals(1, paragraph.json().get("paragraph").asInt());
    assertTrue(paragraph.json().get("statements").size() <= 2);
    ApiContractTest.assertError(http.get("/api/statements/" + ZHANG_BO_2026 + "/similar?paragraph=99"), 400,
        "paragraph: statement " + ZHANG_BO_2026 + " has 8 paragraphs");
    ApiContractTest.assertError(http.get("/api/statements/" + ZHANG_BO_2026 + "/similar?size=0"), 400, "size:");
    ApiContractTest.assertError(http.get("/api/statements/nope/similar"), 404, "no statement with id nope");
  }

  @Test
  void typingZhongSuggestsZhongDongbo() throws Exception {
    var r = http.get("/api/suggest?prefix=" + HttpClientSupport.enc("钟"));
    assertEquals(200, r.status(), r.raw().body());
    JsonNode first = r.json().get("suggestions").get(0);
    assertEquals("钟东波（北京市）", first.get("text").asText());
    assertEquals("official", first.get("kind").asText());
    assertEquals("钟东波", first.get("value").asText());
    ApiContractTest.assertError(http.get("/api/suggest"), 400, "prefix: is required");
    ApiContractTest.assertError(http.get("/api/suggest?prefix=x&size=99"), 400, "size:");
  }

  @Test
  void atMostTwoExportsStreamAtOnceAndAThirdIsToldToComeBack() throws Exception {
    CountDownLatch streaming = new CountDownLatch(ResearchHandlers.MAX_CONCURRENT_EXPORTS);
    CountDownLatch finish = new CountDownLatch(1);
    FakeSearchService slow = new FakeSearchService() {
      @Override
      public long export(SearchRequest request, ExportSink sink, Deadline deadline) throws IOException {
        sink.begin(0);
        streaming.countDown();
        try {
          finish.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        sink.end();
        return 0;
      }
    };
    ApiServer busy = new ApiServer(slow, () -> null, null, null, "127.0.0.1", 0).start();
    try {
      HttpClientSupport client = new HttpClientSupport(busy.port());
      List<CompletableFuture<HttpClientSupport.Reply>> running = new ArrayList<>();
      for (int i = 0; i < ResearchHandlers.MAX_CONCURRENT_EXPORTS; i++) {
        running.add(CompletableFuture.supplyAsync(() -> {
          try {
            return client.get("/api/export?q=a");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      assertTrue(streaming.await(30, TimeUnit.SECONDS));
      ApiContractTest.assertError(client.get("/api/export?q=a"), 503, "exports are being streamed already");
      finish.countDown();
      for (var f : running) {
        assertEquals(200, f.get(30, TimeUnit.SECONDS).status());
      }
    } finally {
      finish.countDown();
      busy.stop();
    }
  }

  @Test
  void aFailureMidStreamCutsTheResponseShortInsteadOfAppendingAnErrorToTheRows() throws Exception {
    FakeSearchService failing = new FakeSearchService() {
      @Override
      public long export(SearchRequest request, ExportSink sink, Deadline deadline) throws IOException {
        sink.begin(100_000);
        wjw.search.ExportRow row = new wjw.search.ExportRow(1, "a1-s1", 1f, 2026, "北京市", "北京市卫生健康委",
            List.of(), "谋新篇 开新局", "a1", "a1.txt", List.of(10), List.of());
        for (int i = 0; i < 5_000; i++) {
          sink.row(row);
        }
        throw new IllegalStateException("the index went away");
      }
    };
    ApiServer broken = new ApiServer(failing, () -> null, null, null, "127.0.0.1", 0).start();
    try {
      HttpResponse<byte[]> r = null;
      Exception cut = null;
      try {
        r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + broken.port() + "/api/export?q=a")).build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        cut = e;
      }
      String body = r == null ? "" : new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(cut != null, () -> "the client must see the transfer cut short, got a complete response ending "
          + body.substring(Math.max(0, body.length() - 120)));
    } finally {
      broken.stop();
    }
  }
}
