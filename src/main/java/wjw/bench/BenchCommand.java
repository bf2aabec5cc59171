package wjw.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wjw.opensearch.ClusterOptions;

/**
 * {@code wjw-search bench}: indexing, search and serve figures against their targets, as a table or
 * JSON, with {@code --opensearch} the same on a cluster beside them; with {@code --soak}, a bounded soak of
 * serve under load and reindexes instead.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure indexing, search (in-process and over HTTP) and the server's footprint on a generated corpus.",
        "With --opensearch URL: the same corpus and queries on that cluster too, printed side by side.",
        "With --soak: run serve under load with periodic reindexes and report errors, latency, heap and open files"
            + " per minute, then a verdict (exit code 1 if it fails)."})
public final class BenchCommand implements Callable<Integer> {
  private static final int STATEMENTS = 100_000;
  // A reindex of 100k statements takes longer than a minute here; 10k keeps a reindex per minute a
  // disturbance rather than constant background work.
  private static final int SOAK_STATEMENTS = 10_000;

  @Option(names = "--statements",
      description = "statements in the generated corpus (default: " + STATEMENTS + ", with --soak " + SOAK_STATEMENTS
          + "; the full bench is 1000000)")
  Integer statements;

  @Option(names = "--work", defaultValue = "target/bench",
      description = "folder for corpus and indexes, reused when present with the same size and seed (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(names = "--seeds", defaultValue = "seeds", description = "seed pages the corpus is generated from (default: ${DEFAULT-VALUE})")
  Path seeds;

  @Option(names = "--seed", defaultValue = "1", description = "random seed of the corpus generator (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "corpus folder to use: its pages as they are (e.g. from wjw-search generate), or generated into"
          + " when it holds none (default: one under --work per size, seed and place-heavy share)")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR",
      description = "index folder to use: an index already there is searched and indexing is not measured;"
          + " otherwise the corpus is indexed into it and kept (default: one under --work, rebuilt every run)")
  Path index;

  @Option(names = "--place-heavy", defaultValue = "0", paramLabel = "SHARE",
      description = "share of generated sentences (0 to 1) naming another province than their speaker's"
          + " (default: ${DEFAULT-VALUE})")
  double placeHeavy;

  @Option(names = "--clients", defaultValue = "1,8", split = ",",
      description = "concurrent HTTP clients, one measurement each (default: ${DEFAULT-VALUE})")
  List<Integer> clients;

  @Option(names = "--duration", defaultValue = "20", description = "seconds per measurement (default: ${DEFAULT-VALUE})")
  double duration;

  @Option(names = "--warmup", defaultValue = "5", description = "seconds of warm-up before measuring (default: ${DEFAULT-VALUE})")
  double warmup;

  @Option(names = "--json", description = "print the report as JSON instead of a table")
  boolean json;

  @Option(names = "--soak", description = "run the soak instead of the figures (loopback only; stops by itself)")
  boolean soak;

  @Option(names = "--soak-minutes", defaultValue = "10", description = "length of the soak (default: ${DEFAULT-VALUE})")
  double soakMinutes;

  @Option(names = "--soak-clients", defaultValue = "32",
      description = "concurrent HTTP clients during the soak (default: ${DEFAULT-VALUE})")
  int soakClients;

  @Option(names = "--reindex-every", defaultValue = "60", paramLabel = "SECONDS",
      description = "seconds between two POST /api/reindex during the soak (default: ${DEFAULT-VALUE})")
  double reindexEvery;

  @Option(names = "--soak-row", defaultValue = "60", paramLabel = "SECONDS",
      description = "seconds per row of the soak table (default: ${DEFAULT-VALUE}, a row per minute)")
  double soakRow;

  @Mixin ClusterOptions cluster;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    BenchOptions options;
    SoakOptions soakOptions = null;
    ClusterRun clusterRun = null;
    int size = statements != null ? statements : soak ? SOAK_STATEMENTS : STATEMENTS;
    try {
      if (cluster.enabled()) {
        if (soak) {
          throw new IllegalArgumentException("--soak runs against the embedded index only; leave out --opensearch");
        }
        clusterRun = ClusterRun.of(cluster);
      }
      // the soak's own options first, so a bad --soak-clients is reported under its own name
      if (soak) {
        soakOptions = new SoakOptions(soakMinutes, soakClients, reindexEvery, soakRow);
      }
      options = new BenchOptions(size, work, seeds, seed, soak ? List.of(soakClients) : clients, duration, warmup,
          corpus, index, placeHeavy);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("wjw-search: " + e.getMessage());
      return 2;
    }
    // Progress on stderr keeps stdout a single table or JSON document.
    PrintWriter progress = new PrintWriter(spec.commandLine().getErr(), true);
    if (soakOptions != null) {
      SoakReport report = Soak.run(options, soakOptions, progress);
      print(json ? report.toJson() + "\n" : report.table());
      return report.verdict().passed() ? 0 : 1;
    }
    BenchReport report = Bench.run(options, clusterRun, progress);
    print(json ? report.toJson() + "\n" : report.table());
    return 0;
  }

  private void print(String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
  }
}
