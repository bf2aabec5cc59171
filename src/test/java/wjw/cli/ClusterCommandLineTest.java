package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.opensearch.ClusterConnection;
import wjw.opensearch.TestCluster;

/** The {@code --opensearch} options as a user runs them: bad input, an unreachable cluster, and a real one. */
class ClusterCommandLineTest {
  @TempDir Path dir;

  @Test
  void aUrlWithoutSchemeIsAUsageErrorNamingIt() {
    CommandLineTest.Run r = CommandLineTest.run("search", "--opensearch", "127.0.0.1:9200", "托育");
    assertEquals(CliErrors.BAD_INPUT, r.exit());
    assertTrue(r.err().startsWith("OpenSearch URL '127.0.0.1:9200' must start with http:// or https://"), r.err());
  }

  @Test
  void aPasswordInTheUrlIsRefusedWithoutBeingRepeated() {
    CommandLineTest.Run r = CommandLineTest.run("reindex", "--opensearch", "http://admin:hunter2@127.0.0.1:9200");
    assertEquals(CliErrors.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("must not contain a user or password") && r.err().contains("WJW_OPENSEARCH_PASSWORD"),
        r.err());
    assertFalse(r.err().contains("hunter2"), r.err());
  }

  @Test
  void anUnreachableClusterIsOneLineSayingHowToStartOne() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    CommandLineTest.Run r = CommandLineTest.run("serve", "--opensearch", "http://127.0.0.1:" + port, "--port", "0");
    assertEquals(CliErrors.FAILED, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("wjw-search serve: OpenSearch at http://127.0.0.1:" + port + " is unreachable")
        && r.err().contains("tools/opensearch.sh start"), r.err());
  }

  /** reindex and search against the test cluster answer as they do against the index folder. */
  @Test
  void reindexAndSearchAgainstAClusterAnswerAsTheIndexFolderDoes() throws Exception {
    ClusterConnection cluster = TestCluster.connect();
    String base = TestCluster.uniqueIndex("cli");
    String url = cluster.settings().url().toString();
    try {
      CommandLineTest.Run reindex = CommandLineTest.run("reindex", "--opensearch", url, "--opensearch-index", base,
          "--shards", "2");
      assertEquals(0, reindex.exit(), reindex.err());
      assertTrue(reindex.out().contains("2 articles, 15 statements") && reindex.out().contains(" -> " + url + " index "
          + base + "-gen-"), reindex.out());
      assertTrue(reindex.err().contains("files read") && reindex.err().contains("alias " + base + " now serves"),
          reindex.err());

      CommandLineTest.Run fromCluster = CommandLineTest.run("search", "--opensearch", url, "--opensearch-index", base,
          "--json", "--size", "100", "托育");
      assertEquals(0, fromCluster.exit(), fromCluster.err());
      CommandLineTest.Run fromFolder = CommandLineTest.run("search", "--index", dir.resolve("index").toString(),
          "--json", "--size", "100", "托育");
      assertEquals(0, fromFolder.exit(), fromFolder.err());
      assertEquals(withoutTiming(fromFolder.out()), withoutTiming(fromCluster.out()));

      CommandLineTest.Run export = CommandLineTest.run("search", "--opensearch", url, "--opensearch-index", base,
          "--all", "--format", "csv", "托育");
      assertEquals(CliErrors.FAILED, export.exit());
      assertTrue(export.err().contains("export is not available from this search backend"), export.err());
    } finally {
      TestCluster.deleteIndex(cluster, base + "-*");
      TestCluster.close(cluster);
    }
  }

  private static JsonNode withoutTiming(String json) throws Exception {
    ObjectNode result = (ObjectNode) Json.MAPPER.readTree(json);
    result.remove("took_ms");
    return result;
  }
}
