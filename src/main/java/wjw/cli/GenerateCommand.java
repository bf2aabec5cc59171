package wjw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import wjw.bench.CorpusGenerator;
import wjw.bench.GeneratedCorpus;
import wjw.bench.OutputDirNotEmptyException;

/** {@code generate}: writes a deterministic scale corpus of pages in the seeds' format, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write N synthetic pages (gen-000001.txt, …) recombined from the seeds' sentences, for benchmarks.",
        "The same --seed and N give byte-identical files. Sentences repeat, so hit counts run higher than a real "
            + "archive's."})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "number of pages to write")
  int articles;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write (created if missing)")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--from-seeds", defaultValue = "seeds", paramLabel = "DIR",
      description = "pages whose sentences are recombined (default: ${DEFAULT-VALUE})")
  Path fromSeeds;

  @Option(names = "--place-heavy", defaultValue = "0", paramLabel = "SHARE",
      description = "share of sentences (0 to 1) naming another province than their speaker's, as real statements"
          + " do; 0 keeps each on its speaker's province (default: ${DEFAULT-VALUE})")
  double placeHeavy;

  @Option(names = "--force", description = "write into a non-empty DIR, replacing its gen-*.txt pages")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 1, got " + articles);
    }
    if (!(placeHeavy >= 0 && placeHeavy <= 1)) {
      throw new ParameterException(spec.commandLine(), "--place-heavy must be between 0 and 1, got " + placeHeavy);
    }
    long start = System.nanoTime();
    GeneratedCorpus corpus;
    try {
      corpus = new CorpusGenerator(fromSeeds, seed, placeHeavy).write(out, articles, force);
    } catch (OutputDirNotEmptyException e) {
      spec.commandLine().getErr().println("wjw-search generate: " + e.getMessage());
      return CliErrors.BAD_INPUT;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%d articles, %d statements, %.1f MB in %.1f s -> %s%n", corpus.articles(),
        corpus.statements(), corpus.bytes() / 1e6, seconds, out);
    o.flush();
    return 0;
  }
}
