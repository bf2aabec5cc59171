package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.Backend;
import wjw.http.ApiServer;

/**
 * While serving from a cluster, a cluster that can no longer answer (here: the generation's indices deleted under
 * the running server) is a JSON 503 {@code backend_unavailable} with a one-line reason saying what to do, on every
 * endpoint that reads the index, and never a stack trace.
 */
class ClusterGoneApiTest {
  @TempDir Path work;

  @Test
  void aDeletedIndexIsA503BackendUnavailableNamingTheFix() throws Exception {
    try (Backend.Built index = Backend.OPENSEARCH.build(Path.of("seeds"), work)) {
      ApiServer server = new ApiServer(index.service(), () -> {
        throw new IllegalStateException("no reindex here");
      }, null, Path.of("web"), "127.0.0.1", 0).start();
      try {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        String statement = get(http, base + "/api/search?q=%E6%89%98%E8%82%B2").body();
        String id = new ObjectMapper().readTree(statement).path("hits").path(0).path("id").asText();
        ClusterConnection connection = TestCluster.connect();
        TestCluster.deleteIndex(connection, index.names().base() + "-gen-*");
        TestCluster.close(connection);
        index.service().refresh();
        for (String path : new String[] {"/api/search?q=%E6%89%98%E8%82%B2", "/api/search", "/api/statements/" + id,
            "/api/articles", "/api/officials", "/api/health"}) {
          HttpResponse<String> r = get(http, base + path);
          assertEquals(503, r.statusCode(), path + ": " + r.body());
          JsonNode error = new ObjectMapper().readTree(r.body()).path("error");
          assertEquals("backend_unavailable", error.path("type").asText(), path + ": " + r.body());
          String reason = error.path("reason").asText();
          assertFalse(reason.contains("\n") || reason.contains("\tat ") || reason.contains("Exception:"),
              path + ": one line, no stack trace: " + reason);
          assertTrue(reason.startsWith("OpenSearch at "), path + ": " + reason);
        }
        String reason = new ObjectMapper().readTree(get(http, base + "/api/search").body()).path("error").path("reason")
            .asText();
        assertTrue(reason.contains("wjw-search reindex --opensearch"), reason);
      } finally {
        server.stop();
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
