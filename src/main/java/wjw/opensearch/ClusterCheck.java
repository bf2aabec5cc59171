package wjw.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.PluginStats;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.nodes.info.NodeInfo;
import org.opensearch.client.opensearch.nodes.info.NodesInfoMetric;
import org.opensearch.client.transport.httpclient5.ResponseException;
import wjw.search.RequestLimits;

/**
 * The start-up checks: a cluster that is unreachable, red, lacks a plugin the mapping needs, or would
 * refuse queries the embedded engine accepts is refused with one line naming what is missing and how
 * to fix it, before anything is served from it.
 */
public final class ClusterCheck {

  /** Plugins every node must have: the {@code smartcn} analyzer of {@link StatementIndex#WORD_ANALYZER}. */
  public static final List<String> REQUIRED_PLUGINS = List.of("analysis-smartcn");

  /** What a cluster that passed the checks is. */
  public record ClusterStatus(String clusterName, String version, HealthStatus health, int nodes) {}

  private ClusterCheck() {}

  /** Checks the cluster behind {@code connection}; returns what it found or throws with the reason. */
  public static ClusterStatus verify(ClusterConnection connection) throws OpenSearchUnavailableException {
    String where = connection.settings().url().toString();
    OpenSearchClient client = connection.client();
    try {
      String version = client.info().version().number();
      var health = client.cluster().health();
      checkHealth(where, health.clusterName(), health.status());
      Map<String, NodeInfo> nodes = client.nodes().info(r -> r.metric(NodesInfoMetric.Plugins)).nodes();
      Map<String, Set<String>> pluginsByNode = new TreeMap<>();
      nodes.values().forEach(node -> pluginsByNode.put(node.name(),
          node.plugins().stream().map(PluginStats::name).collect(Collectors.toSet())));
      checkPlugins(where, pluginsByNode);
      checkClauseCeiling(where, clauseCeiling(client));
      return new ClusterStatus(health.clusterName(), version, health.status(), health.numberOfNodes());
    } catch (OpenSearchException e) {
      throw new OpenSearchUnavailableException(refusal(where, e.status(), e.getMessage()), e);
    } catch (IOException | RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof ResponseException answer) { // an answer without OpenSearch's error JSON, e.g. a 401
          throw new OpenSearchUnavailableException(refusal(where, answer.status(), "HTTP " + answer.status()), e);
        }
      }
      throw new OpenSearchUnavailableException(unreachable(where, e), e);
    }
  }

  /** A red cluster has primaries without a copy: searches would silently miss documents. */
  static void checkHealth(String where, String clusterName, HealthStatus status) throws OpenSearchUnavailableException {
    if (status == HealthStatus.Red) {
      throw new OpenSearchUnavailableException("OpenSearch cluster '" + clusterName + "' at " + where
          + " is red (some primary shards are unassigned, so searches would miss statements);"
          + " see GET _cluster/allocation/explain");
    }
  }

  /** The cluster setting that bounds the clauses of one query, which {@link #checkClauseCeiling} checks. */
  static final String CLAUSE_SETTING = "indices.query.bool.max_clause_count";

  /**
   * The cluster must accept every query the embedded engine accepts: as many clauses per query
   * ({@link RequestLimits#MAX_CLAUSES}; OpenSearch's default, 1,024, refuses a 1,000-character Chinese run).
   */
  static void checkClauseCeiling(String where, int ceiling) throws OpenSearchUnavailableException {
    if (ceiling < RequestLimits.MAX_CLAUSES) {
      throw new OpenSearchUnavailableException("OpenSearch at " + where + " allows " + ceiling + " clauses per query ("
          + CLAUSE_SETTING + "); wjw-search needs " + RequestLimits.MAX_CLAUSES + ", as many as the embedded engine"
          + " accepts: PUT _cluster/settings {\"persistent\": {\"" + CLAUSE_SETTING + "\": " + RequestLimits.MAX_CLAUSES
          + "}} (tools/opensearch.sh sets it)");
    }
  }

  /** The clause ceiling in force: transient over persistent over the nodes' own (defaults). */
  static int clauseCeiling(OpenSearchClient client) throws IOException {
    String path = "*." + CLAUSE_SETTING;
    try (Response response = client.generic().execute(Requests.builder().method("GET").endpoint("/_cluster/settings")
        .query(Map.of("include_defaults", "true", "filter_path", path)).build())) {
      JsonNode settings = JSON.readTree(response.getBody().map(b -> b.bodyAsString()).orElse("{}"));
      for (String level : List.of("transient", "persistent", "defaults")) {
        JsonNode value = settings.path(level).path("indices").path("query").path("bool").path("max_clause_count");
        if (!value.isMissingNode()) {
          return Integer.parseInt(value.asText());
        }
      }
      return DEFAULT_CLAUSE_CEILING;
    }
  }

  /** OpenSearch's own default for {@link #CLAUSE_SETTING}. */
  static final int DEFAULT_CLAUSE_CEILING = 1_024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every node analyses its own shards, so every node needs every required plugin. */
  static void checkPlugins(String where, Map<String, Set<String>> pluginsByNode) throws OpenSearchUnavailableException {
    for (String plugin : REQUIRED_PLUGINS) {
      List<String> lacking = new ArrayList<>();
      pluginsByNode.forEach((node, plugins) -> {
        if (!plugins.contains(plugin)) {
          lacking.add(node);
        }
      });
      if (!lacking.isEmpty()) {
        throw new OpenSearchUnavailableException("OpenSearch at " + where + " lacks the plugin " + plugin
            + " on node(s) " + String.join(", ", lacking) + ": install it on every node"
            + " (bin/opensearch-plugin install " + plugin + ", or see docs/opensearch.md) and restart them");
      }
    }
  }

  private static String refusal(String where, int status, String message) {
    if (status == 401 || status == 403) {
      return "OpenSearch at " + where + " refused the credentials (HTTP " + status + "): check the user and the"
          + " password in " + ConnectionSettings.PASSWORD_ENV;
    }
    return "OpenSearch at " + where + " answered HTTP " + status + ": " + firstLine(message);
  }

  private static String unreachable(String where, Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException) {
        return "OpenSearch at " + where + ": TLS failed (" + firstLine(cause.getMessage()) + "); if the cluster"
            + " has its own CA, give its certificate to trust";
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return "OpenSearch at " + where + " is unreachable: " + root.getClass().getSimpleName() + ": "
        + firstLine(root.getMessage()) + " (start one with tools/opensearch.sh start, see docs/opensearch.md)";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
