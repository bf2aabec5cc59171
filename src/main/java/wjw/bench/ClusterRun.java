package wjw.bench;

import java.util.ArrayList;
import java.util.List;
import wjw.opensearch.ConnectionSettings;
import wjw.opensearch.IndexNames;
import wjw.opensearch.Scoring;

/**
 * The cluster {@code bench --opensearch} measures beside the embedded index: where it is, the alias the bench
 * builds there (never the deployment's own unless told), and the shape of the index and the scoring.
 */
public record ClusterRun(ConnectionSettings settings, IndexNames names, int shards, int replicas, Scoring scoring) {
  /** The bench's alias unless told otherwise: a bench run never replaces what a {@code serve} reads. */
  public static final String DEFAULT_BASE = "wjw-bench";

  public ClusterRun {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("--shards must be at least 1 and --replicas 0 or more, got " + shards + " and "
          + replicas);
    }
  }

  /** The options that make {@code serve} read this cluster's alias (the password stays in the environment). */
  List<String> serveArgs() {
    List<String> args = new ArrayList<>(List.of("--opensearch", settings.url().toString(),
        "--opensearch-index", names.base(), "--opensearch-scoring", scoring.name().toLowerCase(java.util.Locale.ROOT)));
    settings.user().ifPresent(user -> args.addAll(List.of("--opensearch-user", user)));
    settings.trustedCa().ifPresent(ca -> args.addAll(List.of("--opensearch-ca", ca.toString())));
    return args;
  }

  /** One line for the report. */
  String describe() {
    return settings.url() + " (alias " + names.base() + ", " + shards + " shard(s), " + replicas + " replica(s), "
        + scoring.name().toLowerCase(java.util.Locale.ROOT) + " scoring)";
  }
}
