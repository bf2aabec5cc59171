package wjw.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import wjw.index.BrokenIndexException;
import wjw.index.IndexStore;
import wjw.index.ReindexException;
import wjw.opensearch.ClusterConnection;
import wjw.opensearch.IndexNames;
import wjw.opensearch.OpenSearchService;
import wjw.opensearch.Scoring;
import wjw.search.LuceneSearchService;

/**
 * How serve and search get their index, in a folder or a cluster: built from the seeds when there is none
 * yet; when the folder's is broken, a one-line message naming the folder and the problem, or, with
 * {@value #REBUILD_FLAG}, a rebuild from the seeds.
 */
final class IndexStartup {
  static final String REBUILD_FLAG = "--rebuild-if-broken";
  static final String REBUILD_HELP = "when the index is broken (CURRENT naming a missing generation, missing or "
      + "corrupt segment files, an unreadable manifest or catalog), rebuild it from the seeds instead of stopping "
      + "with a message; a missing index is always built";

  /** Builds the index from the seeds; {@code why} is the line to show first. */
  @FunctionalInterface
  interface Build {
    void run(String why) throws ReindexException;
  }

  private IndexStartup() {}

  /** Opens the live index of {@code index}, building or (when asked) rebuilding it from {@code seeds} first. */
  static LuceneSearchService open(Path index, Path seeds, boolean rebuildIfBroken, Duration timeLimit, Build build)
      throws IOException, ReindexException {
    try {
      if (new IndexStore(index).live().isEmpty()) {
        if (!Files.isDirectory(seeds)) {
          throw new IOException("no index in " + index + " and nothing to build one from: seeds folder " + seeds
              + " does not exist (set --seeds)");
        }
        build.run("no index in " + index + " yet: indexing " + seeds + " first");
      }
      return LuceneSearchService.open(index, timeLimit);
    } catch (BrokenIndexException broken) {
      if (!rebuildIfBroken || !broken.rebuildable() || !Files.isDirectory(seeds)) {
        throw new BrokenIndexException(broken.getMessage() + "; " + advice(broken, seeds, rebuildIfBroken), false);
      }
      build.run(broken.getMessage() + "; rebuilding it from " + seeds + " (" + REBUILD_FLAG + ")");
      return LuceneSearchService.open(index, timeLimit);
    }
  }

  /**
   * Opens the live generation of {@code names} in the cluster behind {@code cluster}, building it from {@code seeds}
   * first when there is none. The service gets a connection of its own, closed with it.
   */
  static OpenSearchService open(ClusterConnection cluster, IndexNames names, Path seeds, Duration timeLimit,
      Scoring scoring, Build build) throws IOException, ReindexException {
    if (!OpenSearchService.hasIndex(cluster, names)) {
      String where = cluster.settings().url() + " (alias " + names.statements() + ")";
      if (!Files.isDirectory(seeds)) {
        throw new IOException("no index in OpenSearch at " + where + " and nothing to build one from: seeds folder "
            + seeds + " does not exist (set --seeds, or run reindex --opensearch)");
      }
      build.run("no index in OpenSearch at " + where + " yet: indexing " + seeds + " first");
    }
    ClusterConnection own = ClusterConnection.open(cluster.settings());
    try {
      return OpenSearchService.open(own, names, timeLimit, scoring);
    } catch (IOException | RuntimeException e) {
      own.close();
      throw e;
    }
  }

  private static String advice(BrokenIndexException broken, Path seeds, boolean rebuildIfBroken) {
    if (!broken.rebuildable()) {
      return "move it away or choose another --index";
    }
    if (!Files.isDirectory(seeds)) {
      return "it cannot be rebuilt here because seeds folder " + seeds + " does not exist: restore the index, or "
          + "set --seeds to the article files" + (rebuildIfBroken ? "" : " and add " + REBUILD_FLAG);
    }
    return "to rebuild it from " + seeds + ", run again with " + REBUILD_FLAG;
  }
}
