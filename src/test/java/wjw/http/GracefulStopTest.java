package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import wjw.search.SearchRequest;
import wjw.search.SearchResult;

/** Stopping the server (as on SIGTERM) lets a request in flight finish with its answer. */
class GracefulStopTest {

  @Test
  void inFlightRequestFinishesDuringStop() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    FakeSearchService slow = new FakeSearchService() {
      @Override
      public SearchResult search(SearchRequest r) {
        entered.countDown();
        try {
          Thread.sleep(1_500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return super.search(r);
      }
    };
    ApiServer server = new ApiServer(slow, () -> null, null, Path.of("web"), "127.0.0.1", 0).start();
    HttpClientSupport http = new HttpClientSupport(server.port());
    CompletableFuture<HttpClientSupport.Reply> inFlight = CompletableFuture.supplyAsync(() -> {
      try {
        return http.get("/api/search?q=a");
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    entered.await();
    server.stop();
    assertEquals(200, inFlight.get().status());
  }
}
