package wjw.cli;

import picocli.CommandLine.Option;

/** {@value IndexStartup#REBUILD_FLAG}, shared by the commands that open an existing index (serve, search). */
final class RebuildOption {
  @Option(names = IndexStartup.REBUILD_FLAG, description = IndexStartup.REBUILD_HELP)
  boolean rebuildIfBroken;
}
