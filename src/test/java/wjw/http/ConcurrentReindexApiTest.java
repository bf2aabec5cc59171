package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.bench.CorpusGenerator;
import wjw.bench.GeneratedCorpus;
import wjw.cli.ChildJvm;
import wjw.cli.IndexCheck;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.search.LuceneSearchService;

/**
 * POST /api/reindex while another reindex runs — a second request, or a reindex process from the
 * command line — is refused with 409 and a JSON reason, not queued; the index stays whole.
 */
class ConcurrentReindexApiTest {
  private static final String TOKEN = "admin-token-for-tests";
  private static final Duration LIMIT = Duration.ofMinutes(2);

  @TempDir Path dir;
  Path seeds;
  Path index;
  GeneratedCorpus corpus;
  LuceneSearchService service;
  ApiServer server;
  HttpClientSupport http;

  @BeforeEach
  void start() throws Exception {
    seeds = dir.resolve("seeds");
    index = dir.resolve("index");
    corpus = new CorpusGenerator(Path.of("seeds"), 5).write(seeds, 40);
    new Reindexer(seeds, index).run(false);
    service = LuceneSearchService.open(index);
    ReindexAction reindex = () -> { // as serve wires it
      ReindexReport report = new Reindexer(seeds, index).run(true);
      service.refresh();
      return report;
    };
    server = new ApiServer(service, reindex, TOKEN, Path.of("web"), "127.0.0.1", 0).start();
    http = new HttpClientSupport(server.port());
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    service.close();
  }

  @Test
  void theApiTwiceAtOnceRefusesTheSecondWith409() throws Exception {
    String before = IndexCheck.current(index);
    CompletableFuture<HttpClientSupport.Reply> first = CompletableFuture.supplyAsync(() -> post());
    awaitNewGeneration(before); // the first is building, so it holds the lock

    HttpClientSupport.Reply second = http.post("/api/reindex", TOKEN);
    assertRefused(second, "another reindex is running (started by an earlier request to this server)");
    assertTrue(!first.isDone(), "refused at once, not queued behind the first");

    HttpClientSupport.Reply done = first.get();
    assertEquals(200, done.status(), done.raw().body());
    assertTrue(done.json().get("switched").asBoolean());
    assertTrue(!IndexCheck.current(index).equals(before));
    assertEquals(corpus.statements(), IndexCheck.verifyLive(index));
    assertEquals(corpus.statements(), http.get("/api/health").json().get("statements").asInt());
  }

  @Test
  void theApiDuringACommandLineReindexIsRefusedWith409NamingItsPid() throws Exception {
    ChildJvm cli = ChildJvm.start(dir.resolve("logs"), "reindex", "--seeds", seeds.toString(),
        "--index", index.toString());
    cli.awaitLock(index, LIMIT);

    HttpClientSupport.Reply refused = http.post("/api/reindex", TOKEN);
    assertRefused(refused, "another reindex is running (pid " + cli.pid() + ", started ");
    assertTrue(cli.process().isAlive(), "the command-line reindex was still running");
    assertTrue(!refused.raw().body().contains(index.toString()), "no server path in the answer");

    assertEquals(0, cli.waitFor(LIMIT), cli.err());
    assertEquals(corpus.statements(), IndexCheck.verifyLive(index));
    // The server still answers from the generation it had open, deleted by the other process meanwhile.
    assertEquals(200, http.get("/api/search?q=" + HttpClientSupport.enc("医共体")).status());
    HttpClientSupport.Reply again = http.post("/api/reindex", TOKEN);
    assertEquals(200, again.status(), again.raw().body());
    assertEquals(IndexCheck.current(index), http.get("/api/health").json().get("index").get("version").asText());
  }

  private HttpClientSupport.Reply post() {
    try {
      return http.post("/api/reindex", TOKEN);
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }

  private static void assertRefused(HttpClientSupport.Reply r, String reasonStart) {
    assertEquals(409, r.status(), r.raw().body());
    JsonNode error = r.json().get("error");
    assertEquals(409, error.get("status").asInt());
    assertEquals("reindex_in_progress", error.get("type").asText());
    assertTrue(error.get("reason").asText().startsWith(reasonStart), error.get("reason").asText());
    assertTrue(error.get("reason").asText().endsWith("try again when it has finished"), error.get("reason").asText());
  }

  /** Waits for a generation folder besides {@code live}; not by reading the lock file, which would drop this JVM's lock. */
  private void awaitNewGeneration(String live) throws Exception {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (IndexCheck.generations(index).stream().anyMatch(g -> !g.equals(live))) {
        return;
      }
      Thread.sleep(2);
    }
    throw new AssertionError("the first reindex never started building");
  }
}
