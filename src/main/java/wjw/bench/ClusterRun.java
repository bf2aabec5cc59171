package wjw.bench;

import java.util.ArrayList;
import java.util.List;
import wjw.opensearch.ClusterOptions;
import wjw.opensearch.ConnectionSettings;
import wjw.opensearch.IndexNames;
import wjw.opensearch.Scoring;

/**
 * The cluster {@code bench --opensearch} measures beside the embedded index: where it is, the alias the bench
 * builds there (never the deployment's own unless told), and the shape of the index and the scoring.
 */
public record ClusterRun(ConnectionSettings settings, IndexNames names, int shards, int replicas, Scoring scoring) {
  /**
   * The cluster {@code options} name, with the bench's own alias ({@value ClusterOptions#BENCH_BASE}) unless told
   * otherwise: a bench run never replaces what a {@code serve} reads. A bad option is an
   * {@link IllegalArgumentException} naming it.
   */
  static ClusterRun of(ClusterOptions options) {
    options.checkShape();
    return new ClusterRun(options.settings(), options.names(ClusterOptions.BENCH_BASE), options.shards(),
        options.replicas(), options.scoring());
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
