package wjw.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The workload the build records in the jar's AOT cache, which {@link Launcher} gives the server: a server's start on
 * an index and the requests of a search page's first use. The build runs it after packaging, with
 * {@code -XX:AOTCacheOutput} and the jar as the class path, as the launcher will run the server (pom.xml, profile
 * aot-cache). What it loads, links and profiles here is ready at the server's next start. A request answered with
 * anything but 200 fails the build: the training would then record an error path, not the server's.
 *
 * <p>Usage: {@code AotTraining INDEX_DIR SEEDS_DIR} (an index already built there).
 */
public final class AotTraining {
  /** Paths of the page's first use; {@code %s} is an encoded query. */
  private static final List<String> REQUESTS = List.of("/", "/app.js", "/api/dimensions", "/api/health",
      "/api/search?q=%s", "/api/search?q=%s&province=" + encoded("北京市"), "/api/search?q=%s&from=10", "/api/search",
      "/api/articles", "/api/officials", "/api/trend?q=%s", "/api/suggest?prefix=" + encoded("钟"));
  /** Queries of each kind the parser knows: a word, a phrase, boolean operators, a field. */
  private static final List<String> QUERIES = List.of("托育", "\"健康中国\"", "医共体 AND 托育", "托育 OR 医养 -改革",
      "year:[2024 TO 2026] 人工智能");
  private static final int START_SECONDS = 120;

  private AotTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: AotTraining INDEX_DIR SEEDS_DIR");
      System.exit(2);
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Thread server = new Thread(() -> Main.commandLine().execute("serve", "--index", args[0], "--seeds", args[1],
        "--host", "127.0.0.1", "--port", Integer.toString(port)), "wjw-aot-training-server");
    server.setDaemon(true);
    server.start();
    String base = "http://127.0.0.1:" + port;
    awaitStart(base);
    for (String query : QUERIES) {
      for (String path : REQUESTS) {
        get(base + path.replace("%s", encoded(query)));
      }
    }
    System.exit(0); // stops the server through its shutdown hook; the JVM writes the cache as it exits
  }

  private static void awaitStart(String base) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_SECONDS * 1_000_000_000L;
    while (true) {
      try {
        get(base + "/api/health");
        return;
      } catch (ConnectException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("the training server did not start within " + START_SECONDS + " s", e);
        }
        Thread.sleep(20);
      }
    }
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void get(String url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    int status = connection.getResponseCode();
    try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (body != null) {
        body.readAllBytes();
      }
    }
    if (status != 200) {
      throw new IOException("AOT training: " + url + " answered " + status);
    }
  }
}
