package wjw.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import wjw.index.IndexStore;
import wjw.index.IndexTarget;
import wjw.index.ReindexException;
import wjw.index.ReindexInProgressException;
import wjw.index.Reindexer;
import wjw.opensearch.ClusterCheck;
import wjw.opensearch.ClusterConnection;
import wjw.opensearch.ClusterOptions;
import wjw.opensearch.ClusterTarget;
import wjw.opensearch.IndexNames;
import wjw.opensearch.OpenSearchUnavailableException;
import wjw.search.SearchService;

/**
 * Where one command's index lives, decided once from its options: the {@code --index} folder, or with
 * {@code --opensearch} a cluster, connected and checked ({@link ClusterCheck}) before anything else is done.
 * It gives the command the reindex target, the search service and the clean-up for that place, so the
 * commands themselves never ask which one it is. Holds the cluster connection until closed.
 */
final class IndexLocation implements AutoCloseable {
  private final CorpusOptions corpus;
  private final ClusterConnection cluster; // null: the index folder
  private final IndexNames names;

  private IndexLocation(CorpusOptions corpus, ClusterConnection cluster, IndexNames names) {
    this.corpus = corpus;
    this.cluster = cluster;
    this.names = names;
  }

  /**
   * The location {@code corpus} names; a bad cluster option is a usage error naming it, a cluster that cannot
   * serve a one-line {@link OpenSearchUnavailableException}.
   */
  static IndexLocation of(CorpusOptions corpus, CommandSpec spec) throws OpenSearchUnavailableException {
    ClusterOptions options = corpus.cluster;
    if (!options.enabled()) {
      return new IndexLocation(corpus, null, null);
    }
    ClusterConnection connection;
    IndexNames names;
    try {
      options.checkShape();
      names = options.names(IndexNames.DEFAULT_BASE);
      connection = ClusterConnection.open(options.settings());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      ClusterCheck.verify(connection);
    } catch (OpenSearchUnavailableException | RuntimeException e) {
      close(connection);
      throw e;
    }
    return new IndexLocation(corpus, connection, names);
  }

  /** Where a reindex builds its generation; {@code progress} receives a cluster load's progress lines. */
  IndexTarget target(Consumer<String> progress) {
    return cluster == null ? IndexTarget.folder(corpus.index)
        : new ClusterTarget(cluster, names, corpus.cluster.shards(), corpus.cluster.replicas(), progress);
  }

  Reindexer reindexer(Consumer<String> progress) {
    return corpus.reindexer(target(progress));
  }

  /** The search service over the live generation, built from the seeds first when there is none ({@link IndexStartup}). */
  SearchService open(boolean rebuildIfBroken, Duration timeLimit, IndexStartup.Build build)
      throws IOException, ReindexException {
    return cluster == null ? IndexStartup.open(corpus.index, corpus.seeds, rebuildIfBroken, timeLimit, build)
        : IndexStartup.open(cluster, names, corpus.seeds, timeLimit, corpus.cluster.scoring(), build);
  }

  /**
   * Removes what interrupted or replaced reindexes left, telling {@code log} what; skipped while a reindex runs
   * (it removes them itself). A failure here costs disk space, not service: it is only logged.
   */
  void removeLeftovers(Consumer<String> log) {
    try {
      if (cluster == null) {
        List<String> removed = new IndexStore(corpus.index).cleanUp();
        if (!removed.isEmpty()) {
          log.accept("removed what interrupted or older reindexes left in " + corpus.index + ": "
              + String.join(", ", removed));
        }
        return;
      }
      IndexTarget target = target(log);
      try (var lock = target.lock()) {
        target.removeLeftovers();
      }
    } catch (ReindexInProgressException running) {
      log.accept("not removing leftovers now: " + running.getMessage());
    } catch (IOException | ReindexException | UncheckedIOException e) {
      log.accept("could not remove what interrupted reindexes left in " + describe() + ": " + e.getMessage());
    }
  }

  /** True where search by meaning can be had: only the embedded index keeps paragraph vectors. */
  boolean searchesByMeaning() {
    return cluster == null;
  }

  /** The folder, or the cluster and alias, for messages. */
  String describe() {
    return target(line -> {}).describe();
  }

  @Override
  public void close() {
    if (cluster != null) {
      close(cluster);
    }
  }

  private static void close(ClusterConnection connection) {
    try {
      connection.close();
    } catch (IOException e) {
      // nothing was pending on it
    }
  }
}
