package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.Reindexer;
import wjw.index.SemanticIndexing;
import wjw.search.LuceneSearchService;
import wjw.semantic.Embedder;
import wjw.semantic.QueryEncoder;

/** {@code mode} on {@code GET /api/search} over the real seeds with paragraph vectors, and what health says. */
class SemanticApiTest {
  static final String TOPIC = HttpClientSupport.enc("老年人和婴幼儿照护服务");

  @TempDir static Path tmp;
  static Embedder model;
  static LuceneSearchService service;
  static ApiServer server;
  static HttpClientSupport http;
  /** The model as the server sees it: "still loading" until the test says otherwise. */
  static final AtomicBoolean ready = new AtomicBoolean();

  @BeforeAll
  static void start() throws Exception {
    model = Embedder.startLoading(2);
    Path index = tmp.resolve("index");
    new Reindexer(Path.of("seeds"), index)
        .withSemantic(new SemanticIndexing(SemanticIndexing.Choice.ON, () -> model)).run(false);
    QueryEncoder gated = new QueryEncoder() {
      @Override
      public String modelId() {
        return model.modelId();
      }

      @Override
      public boolean isReady() {
        return ready.get() && model.isReady();
      }

      @Override
      public boolean hasFailed() {
        return false;
      }

      @Override
      public float[] embedQuery(String query) {
        return model.embedQuery(query);
      }
    };
    service = LuceneSearchService.open(index).useQueryEncoder(gated);
    server = new ApiServer(service, () -> {
      throw new UnsupportedOperationException("no reindex here");
    }, null, Path.of("web"), "127.0.0.1", 0).start();
    http = new HttpClientSupport(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    service.close();
    model.close();
  }

  @Test
  void beforeTheModelIsReadySemanticGets503WithRetryAfterAndLiteralAnswers() throws Exception {
    ready.set(false);
    var r = http.get("/api/search?mode=semantic&q=" + TOPIC);
    assertEquals(503, r.status(), r.raw().body());
    assertEquals("model_loading", r.json().get("error").get("type").asText());
    assertTrue(r.json().get("error").get("reason").asText().contains("still loading"), r.raw().body());
    assertEquals(Optional.of("5"), r.raw().headers().firstValue("Retry-After"));
    assertEquals(200, http.get("/api/search?q=" + HttpClientSupport.enc("托育")).status());
    assertEquals("loading", http.get("/api/health").json().get("semantic").get("query_model").asText());
  }

  @Test
  void hybridRanksByMeaningAndSaysWhatItCounted() throws Exception {
    model.awaitReady();
    ready.set(true);
    var r = http.get("/api/search?mode=hybrid&size=3&q=" + TOPIC);
    assertEquals(200, r.status(), r.raw().body());
    JsonNode j = r.json();
    assertEquals("hybrid", j.get("mode").asText());
    assertTrue(j.get("candidates").get("note").asText().contains("not every statement"));
    JsonNode first = j.get("hits").get(0);
    assertTrue(first.get("meaning").get("similarity").asDouble() > 0.5, first.toString());
    assertTrue(first.get("meaning").get("html").asText().contains("一老一小"), first.toString());
    JsonNode health = http.get("/api/health").json().get("semantic");
    assertTrue(health.get("vectors").asBoolean());
    assertEquals(79, health.get("paragraphs").asInt());
    assertEquals("ready", health.get("query_model").asText());
  }

  @Test
  void literalAnswersCarryNoModeCandidatesOrMeaning() throws Exception {
    JsonNode j = http.get("/api/search?q=" + HttpClientSupport.enc("托育")).json();
    assertFalse(j.has("mode") || j.has("candidates"), j.toString());
    j.get("hits").forEach(hit -> assertFalse(hit.has("meaning"), hit.toString()));
    assertEquals(j.get("hits"), http.get("/api/search?mode=literal&q=" + HttpClientSupport.enc("托育")).json().get("hits"));
  }

  @Test
  void aBadModeIsA400NamingTheParameter() throws Exception {
    var r = http.get("/api/search?mode=meaning&q=" + TOPIC);
    assertEquals(400, r.status());
    String message = r.json().get("error").get("reason").asText();
    assertTrue(message.startsWith("mode") && message.contains("literal, semantic, hybrid"), message);
    var export = http.get("/api/export?mode=semantic&q=" + TOPIC);
    assertEquals(400, export.status(), export.raw().body());
    assertTrue(export.json().get("error").get("reason").asText().startsWith("mode"), export.raw().body());
  }
}
