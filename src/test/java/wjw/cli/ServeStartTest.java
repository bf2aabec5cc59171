package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a server's start does not do, seen from the classes its JVM loads up to its first answer. */
class ServeStartTest {
  private static final Duration LIMIT = Duration.ofSeconds(120);
  /** The platform MBean server's implementation: loaded only when something starts that server. */
  private static final String MBEAN_SERVER = "com.sun.jmx.mbeanserver.JmxMBeanServer ";

  @TempDir Path dir;

  @Test
  void theFirstAnswerComesWithoutStartingThePlatformMBeanServer() throws Exception {
    Path classes = dir.resolve("classes.log");
    ChildJvm serve = ChildJvm.start(dir.resolve("logs"), List.of("-Xlog:class+load=info:file=" + classes),
        "serve", "--index", dir.resolve("index").toString(), "--seeds", "seeds", "--port", "0", "--no-semantic");
    try {
      int port = serve.awaitServing(LIMIT);
      String q = URLEncoder.encode("托育", StandardCharsets.UTF_8);
      HttpResponse<String> first = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=" + q)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, first.statusCode(), first.body());
    } finally {
      serve.process().destroy();
      serve.waitFor(LIMIT);
    }
    String loaded = Files.readString(classes, StandardCharsets.UTF_8);
    assertTrue(loaded.contains("org.eclipse.jetty.util.thread.QueuedThreadPool "), "the log lists the server's classes");
    // Jetty asks the HotSpot MBean how wide references are unless told (JettyLimits): 0.1 s of a two-core start
    assertFalse(loaded.contains(MBEAN_SERVER), "nothing in the start needs the platform MBean server");
  }
}
