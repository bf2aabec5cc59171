package wjw.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import wjw.search.QueryPlanner;
import picocli.CommandLine.Command;

/** Entry point of the wjw-search jar: dispatches to the subcommands. */
@Command(
    name = "wjw-search",
    mixinStandardHelpOptions = true,
    version = "wjw-search 0.1.0",
    description = "Search what China's provincial health-commission leaders say.")
public final class Main {
  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(ReindexCommand.class, SegmentCommand.class,
      SearchCommand.class, ServeCommand.class, GenerateCommand.class, wjw.bench.BenchCommand.class);

  /** Held so the setting is not garbage-collected with an unreferenced logger. */
  private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    // Lucene logs a warning about the optional Vector API on every start; it changes nothing for us.
    LUCENE_VECTORS.setLevel(Level.SEVERE);
    String command = args.length == 0 ? "" : args[0];
    if (command.equals("serve") || command.equals("search")) {
      QueryPlanner.startWarmUp(); // beside reading the options, opening the index and starting the server
    }
    System.exit(commandLine(command).execute(args));
  }

  /** The configured command line with every subcommand, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return commandLine("");
  }

  /**
   * The command line with only the subcommand named {@code first} when there is one, else with all: picocli reads every
   * registered command's annotations first, which a server's start would otherwise pay for all six.
   */
  static CommandLine commandLine(String first) {
    CommandLine commandLine = new CommandLine(new Main());
    List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
    // each built as its own command line, which applies its model transformer (as a declared subcommand's is)
    (named.isEmpty() ? SUBCOMMANDS : named).forEach(c -> commandLine.addSubcommand(new CommandLine(c)));
    // after the subcommands are added: picocli passes these settings on to the ones it already has
    return commandLine.setExecutionExceptionHandler(new CliErrors()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
