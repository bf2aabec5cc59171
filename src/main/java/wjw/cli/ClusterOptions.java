package wjw.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import wjw.opensearch.ConnectionSettings;
import wjw.opensearch.IndexNames;
import wjw.opensearch.Scoring;

/**
 * The options that put the index in an OpenSearch cluster instead of the index folder: where the cluster is,
 * how to log in (the password only from {@value ConnectionSettings#PASSWORD_ENV}, never an option), the name
 * the deployment's indices and aliases start with, and the shape of the indices a reindex creates.
 */
final class ClusterOptions {
  @Option(names = "--opensearch", paramLabel = "URL",
      description = "use the OpenSearch cluster at URL (http:// or https://) instead of the --index folder: reindex"
          + " builds a new generation there and moves the alias, serve and search read the alias")
  String url;

  @Option(names = "--opensearch-user", paramLabel = "NAME",
      description = "log in to the cluster as NAME; the password is read from the environment variable "
          + ConnectionSettings.PASSWORD_ENV)
  String user;

  @Option(names = "--opensearch-ca", paramLabel = "FILE",
      description = "with https://, trust only the CA certificate(s) in this PEM file (a private cluster's own CA)")
  Path ca;

  @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = IndexNames.DEFAULT_BASE,
      description = "name of the serving alias; generations are NAME-gen-…, the catalog alias NAME-catalog"
          + " (default: ${DEFAULT-VALUE})")
  String base;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "primary shards of each new statements index (reindex; default: ${DEFAULT-VALUE})")
  int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "0",
      description = "copies of each shard on other nodes, for failover (reindex; default: ${DEFAULT-VALUE}; a"
          + " single-node cluster cannot hold a replica)")
  int replicas;

  @Option(names = "--opensearch-scoring", paramLabel = "HOW", defaultValue = "global",
      description = "global: score with the term statistics of all shards (dfs_query_then_fetch), so hits rank as in"
          + " the embedded index; shard: each shard with its own (one round trip less; with several shards the order"
          + " of hits may differ, never which hits or how many) (serve, search; default: ${DEFAULT-VALUE})")
  Scoring scoring;

  boolean enabled() {
    return url != null;
  }

  /** The connection settings; a bad URL or CA file is an {@link IllegalArgumentException} naming it. */
  ConnectionSettings settings() {
    return ConnectionSettings.of(url, user, ca);
  }

  IndexNames names() {
    return new IndexNames(base);
  }
}
