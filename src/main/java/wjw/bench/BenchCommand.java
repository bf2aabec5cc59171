package wjw.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wjw-search bench}: indexing, search and serve figures against their targets, as a table or JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure indexing, search (in-process and over HTTP) and the server's footprint on a generated corpus.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--statements", defaultValue = "100000",
      description = "statements in the generated corpus (default: ${DEFAULT-VALUE}; the full bench is 1000000)")
  int statements;

  @Option(names = "--work", defaultValue = "target/bench",
      description = "folder for corpus and indexes, reused when present with the same size and seed (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(names = "--seeds", defaultValue = "seeds", description = "seed pages the corpus is generated from (default: ${DEFAULT-VALUE})")
  Path seeds;

  @Option(names = "--seed", defaultValue = "1", description = "random seed of the corpus generator (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--clients", defaultValue = "1,8", split = ",",
      description = "concurrent HTTP clients, one measurement each (default: ${DEFAULT-VALUE})")
  List<Integer> clients;

  @Option(names = "--duration", defaultValue = "20", description = "seconds per measurement (default: ${DEFAULT-VALUE})")
  double duration;

  @Option(names = "--warmup", defaultValue = "5", description = "seconds of warm-up before measuring (default: ${DEFAULT-VALUE})")
  double warmup;

  @Option(names = "--json", description = "print the report as JSON instead of a table")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    BenchOptions options;
    try {
      options = new BenchOptions(statements, work, seeds, seed, clients, duration, warmup);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("wjw-search: " + e.getMessage());
      return 2;
    }
    // Progress on stderr keeps stdout a single table or JSON document.
    PrintWriter progress = new PrintWriter(spec.commandLine().getErr(), true);
    BenchReport report = Bench.run(options, progress);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.toJson() + "\n" : report.table());
    out.flush();
    return 0;
  }
}
