package wjw.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the wjw-search jar: dispatches to the subcommands. */
@Command(
    name = "wjw-search",
    mixinStandardHelpOptions = true,
    version = "wjw-search 0.1.0",
    description = "Search what China's provincial health-commission leaders say.",
    subcommands = {ReindexCommand.class, SegmentCommand.class, SearchCommand.class, ServeCommand.class,
        GenerateCommand.class, wjw.bench.BenchCommand.class})
public final class Main {

  /** Held so the setting is not garbage-collected with an unreferenced logger. */
  private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    // Lucene logs a warning about the optional Vector API on every start; it changes nothing for us.
    LUCENE_VECTORS.setLevel(Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(new CliErrors())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }
}
