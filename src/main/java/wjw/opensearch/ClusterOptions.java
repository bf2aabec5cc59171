package wjw.opensearch;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The command-line options that name an OpenSearch cluster — for reindex, serve and search instead of the index
 * folder, for bench beside it: where the cluster is, how to log in (the password only from
 * {@value ConnectionSettings#PASSWORD_ENV}, never an option), the name the deployment's indices and aliases start
 * with, the shape of the indices a reindex creates, and how hits are scored. A picocli mixin, declared once here so
 * every command spells and checks them alike.
 */
public final class ClusterOptions {
  @Option(names = "--opensearch", paramLabel = "URL",
      description = "use the OpenSearch cluster at URL (http:// or https://): reindex builds a new generation there and"
          + " moves the alias, serve and search read the alias instead of the --index folder, bench measures it beside"
          + " the embedded index")
  String url;

  @Option(names = "--opensearch-user", paramLabel = "NAME",
      description = "log in to the cluster as NAME; the password is read from the environment variable "
          + ConnectionSettings.PASSWORD_ENV)
  String user;

  @Option(names = "--opensearch-ca", paramLabel = "FILE",
      description = "with https://, trust only the CA certificate(s) in this PEM file (a private cluster's own CA)")
  Path ca;

  @Option(names = "--opensearch-index", paramLabel = "NAME",
      description = "name of the serving alias; generations are NAME-gen-…, the catalog alias NAME-catalog (default: "
          + IndexNames.DEFAULT_BASE + "; for bench, which replaces it on each run: " + BENCH_BASE + ")")
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

  /** The alias bench builds unless told otherwise: not the deployment's own, which a bench run would replace. */
  public static final String BENCH_BASE = "wjw-bench";

  /** Whether a cluster was named at all. */
  public boolean enabled() {
    return url != null;
  }

  /** The connection settings; a bad URL or CA file is an {@link IllegalArgumentException} naming it. */
  public ConnectionSettings settings() {
    return ConnectionSettings.of(url, user, ca);
  }

  /** The deployment's index names: {@code --opensearch-index}, or {@code defaultBase} when it is not given. */
  public IndexNames names(String defaultBase) {
    return new IndexNames(base != null ? base : defaultBase);
  }

  /** Shards and replicas of a new index; a value the cluster would refuse is an {@link IllegalArgumentException}. */
  public void checkShape() {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("--shards must be at least 1 and --replicas 0 or more, got "
          + shards + " and " + replicas);
    }
  }

  public int shards() {
    return shards;
  }

  public int replicas() {
    return replicas;
  }

  public Scoring scoring() {
    return scoring;
  }
}
