package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * The real OpenSearch the tests use, named by {@value #URL_ENV}. Without it a test is skipped with a
 * message saying how to start one, except where it is required (CI, or {@value #REQUIRE_ENV}=1):
 * there a missing cluster fails the test, so CI can never pass by skipping the backend.
 */
public final class TestCluster {
  public static final String URL_ENV = "WJW_OPENSEARCH_URL";
  static final String REQUIRE_ENV = "WJW_REQUIRE_OPENSEARCH";

  private static volatile boolean toldHowToStart;

  private TestCluster() {}

  /** A connection to the test cluster, checked; skips or fails the calling test when there is none. */
  public static ClusterConnection connect() {
    String url = System.getenv(URL_ENV);
    if (url == null || url.isBlank()) {
      String how = "no OpenSearch for this test: start one with `tools/opensearch.sh start` and set "
          + URL_ENV + "=http://127.0.0.1:9200";
      if (required()) {
        fail(how + " (it is required here: CI or " + REQUIRE_ENV + "=1 is set)");
      }
      if (!toldHowToStart) { // once per test JVM, where whoever runs mvn sees it
        toldHowToStart = true;
        System.err.println("SKIPPED: " + how);
      }
      Assumptions.abort(how);
    }
    ClusterConnection connection = ClusterConnection.open(ConnectionSettings.of(url));
    try {
      ClusterCheck.verify(connection);
    } catch (OpenSearchUnavailableException e) {
      close(connection);
      fail(URL_ENV + " is set, but " + e.getMessage());
    }
    return connection;
  }

  public static boolean required() {
    String ci = System.getenv("CI");
    boolean inCi = ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    return inCi || "1".equals(System.getenv(REQUIRE_ENV));
  }

  /** An index name no other test run uses at the same time. */
  public static String uniqueIndex(String purpose) {
    return ("wjw-test-" + purpose + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime()).toLowerCase(Locale.ROOT);
  }

  public static void deleteIndex(ClusterConnection connection, String index) {
    if (connection == null) {
      return;
    }
    try {
      connection.client().indices().delete(d -> d.index(index).ignoreUnavailable(true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void close(ClusterConnection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
