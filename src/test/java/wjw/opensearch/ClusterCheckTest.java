package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch._types.HealthStatus;

/**
 * The start-up checks against the real test cluster, and against a stand-in secured cluster for what
 * the test cluster cannot show: HTTPS with a private CA, basic auth, a red cluster, a missing plugin.
 * Every refusal is one line that says what to do.
 */
class ClusterCheckTest {
  private static final Map<String, String> WITH_PASSWORD = Map.of(ConnectionSettings.PASSWORD_ENV, StubCluster.PASSWORD);

  @TempDir static Path dir;
  private static StubCluster.Certificate certificate;

  @BeforeAll
  static void makeCertificate() throws IOException, InterruptedException {
    certificate = StubCluster.Certificate.create(dir);
  }

  @Test
  void theTestClusterPassesWithTheSmartcnPlugin() throws IOException {
    try (ClusterConnection cluster = TestCluster.connect()) {
      ClusterCheck.ClusterStatus status = ClusterCheck.verify(cluster);
      assertTrue(status.health() == HealthStatus.Green || status.health() == HealthStatus.Yellow, status.toString());
      assertTrue(status.nodes() >= 1, status.toString());
      assertTrue(status.version().startsWith("3."), status.toString());
    }
  }

  @Test
  void anUnreachableClusterIsOneLineNamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort;
    String message = refusal(ConnectionSettings.of(url), Map.of());
    assertTrue(message.startsWith("OpenSearch at " + url + " is unreachable: "), message);
    assertTrue(message.contains("tools/opensearch.sh start"), message);
  }

  @Test
  void httpsWithThePrivateCaAndBasicAuthPasses() throws Exception {
    try (StubCluster stub = new StubCluster(certificate, StubCluster.recordedAnswers());
        ClusterConnection connection = ClusterConnection.open(
            ConnectionSettings.of(stub.url(), StubCluster.USER, stub.caPem()), WITH_PASSWORD)) {
      ClusterCheck.ClusterStatus status = ClusterCheck.verify(connection);
      assertEquals(new ClusterCheck.ClusterStatus("wjw-search", "3.8.0", HealthStatus.Green, 1), status);
      assertFalse(stub.authorizations.isEmpty(), "the credentials were sent");
    }
  }

  @Test
  void aCertificateFromAnUntrustedCaFailsInOneLine() throws Exception {
    try (StubCluster stub = new StubCluster(certificate, StubCluster.recordedAnswers())) {
      String message = refusal(ConnectionSettings.of(stub.url(), StubCluster.USER, null), WITH_PASSWORD);
      assertTrue(message.contains("TLS failed"), message);
      assertTrue(message.contains("give its certificate to trust"), message);
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithoutShowingIt() throws Exception {
    try (StubCluster stub = new StubCluster(certificate, StubCluster.recordedAnswers())) {
      String wrong = "wrong-password-123";
      String message = refusal(ConnectionSettings.of(stub.url(), StubCluster.USER, stub.caPem()),
          Map.of(ConnectionSettings.PASSWORD_ENV, wrong));
      assertTrue(message.contains("refused the credentials"), message);
      assertTrue(message.contains(ConnectionSettings.PASSWORD_ENV), message);
      assertFalse(message.contains(wrong), message);
    }
  }

  @Test
  void aRedClusterIsRefused() throws Exception {
    Map<String, String> answers = new HashMap<>(StubCluster.recordedAnswers());
    answers.put("/_cluster/health", answers.get("/_cluster/health").replace("\"green\"", "\"red\""));
    try (StubCluster stub = new StubCluster(certificate, answers)) {
      String message = refusal(ConnectionSettings.of(stub.url(), StubCluster.USER, stub.caPem()), WITH_PASSWORD);
      assertTrue(message.contains("cluster 'wjw-search' at " + stub.url() + " is red"), message);
    }
  }

  /** OpenSearch's default answer (recorded from 3.8.0 before the setting was raised): 1,024 clauses. */
  @Test
  void aClusterAllowingFewerClausesThanTheEmbeddedEngineIsRefusedWithTheSetting() throws Exception {
    Map<String, String> answers = new HashMap<>(StubCluster.recordedAnswers());
    answers.put("/_cluster/settings", "{\"defaults\":{\"indices\":{\"query\":{\"bool\":{\"max_clause_count\":\"1024\"}}}}}");
    try (StubCluster stub = new StubCluster(certificate, answers)) {
      String message = refusal(ConnectionSettings.of(stub.url(), StubCluster.USER, stub.caPem()), WITH_PASSWORD);
      assertTrue(message.contains("allows 1024 clauses per query (indices.query.bool.max_clause_count); wjw-search needs"
          + " 16384"), message);
      assertTrue(message.contains("PUT _cluster/settings"), message);
    }
  }

  @Test
  void aNodeWithoutSmartcnIsNamedWithHowToInstallIt() throws Exception {
    Map<String, String> answers = new HashMap<>(StubCluster.recordedAnswers());
    String nodes = answers.get("/_nodes/plugins");
    assertTrue(nodes.contains("\"name\":\"analysis-smartcn\""), "the recorded answer lists the plugin");
    answers.put("/_nodes/plugins", nodes.replace("\"name\":\"analysis-smartcn\"", "\"name\":\"some-other-plugin\""));
    try (StubCluster stub = new StubCluster(certificate, answers)) {
      String message = refusal(ConnectionSettings.of(stub.url(), StubCluster.USER, stub.caPem()), WITH_PASSWORD);
      assertTrue(message.contains("lacks the plugin analysis-smartcn on node(s) wjw-1"), message);
      assertTrue(message.contains("bin/opensearch-plugin install analysis-smartcn"), message);
    }
  }

  @Test
  void aUserWithoutAPasswordInTheEnvironmentNamesTheVariable() {
    ConnectionSettings settings = ConnectionSettings.of("http://127.0.0.1:9", "someone", null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClusterConnection.open(settings, Map.of()));
    assertTrue(e.getMessage().contains(ConnectionSettings.PASSWORD_ENV), e.getMessage());
  }

  /** The one-line message the checks refuse the cluster with. */
  private static String refusal(ConnectionSettings settings, Map<String, String> environment) throws IOException {
    try (ClusterConnection connection = ClusterConnection.open(settings, environment)) {
      OpenSearchUnavailableException e = assertThrows(OpenSearchUnavailableException.class,
          () -> ClusterCheck.verify(connection));
      assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
      return e.getMessage();
    }
  }
}
