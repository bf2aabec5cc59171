package wjw.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wjw.index.IndexTarget;
import wjw.index.Reindexer;
import wjw.opensearch.ClusterOptions;

/**
 * The options every command that reads or builds the index shares: where the index (a folder, or with
 * {@code --opensearch} a cluster) and the article files are.
 */
final class CorpusOptions {
  @Option(names = "--index", defaultValue = "index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR",
      description = "folder of article files (.txt, .md) to index; serve and search index it first when there is no "
          + "index yet (default: ${DEFAULT-VALUE})")
  Path seeds;

  @Option(names = "--max-file-size", defaultValue = "20MB", converter = ByteSize.class, paramLabel = "SIZE",
      description = "when indexing, reject article files larger than this: bytes, or KB, MB, GB (1024-based)"
          + " (default: ${DEFAULT-VALUE})")
  long maxFileSize;

  @Mixin ClusterOptions cluster;

  /** A reindexer from these options' seeds into {@code target}. */
  Reindexer reindexer(IndexTarget target) {
    return new Reindexer(seeds, target, maxFileSize);
  }
}
