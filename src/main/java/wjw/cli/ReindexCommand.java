package wjw.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wjw.index.FileReport;
import wjw.index.IndexTarget;
import wjw.index.ReindexException;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.index.VectorReport;

/**
 * {@code reindex}: builds a new index generation from the seeds folder, in the index folder or (with
 * {@code --opensearch}) a cluster, and switches to it atomically.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Read every article in the seeds folder and build the index atomically (in the --index folder,"
        + " or with --opensearch in a cluster: a new index per generation, then the alias moved).")
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions corpus;

  @Option(names = "--skip-bad", description = "index the good files even if some fail (exit 0)")
  boolean skipBad;

  @Mixin SemanticOption semantic;

  @Override
  public Integer call() throws ReindexException, java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (IndexLocation location = IndexLocation.of(corpus, spec)) {
      // progress (files read; a cluster load's state) on stderr, so stdout stays the report
      IndexTarget target = location.target(line -> {
        err.println(line);
        err.flush();
      });
      try {
        ReindexReport report = semantic.apply(corpus.reindexer(target)).run(skipBad,
            new ReindexProgressBar(err, ReindexProgressBar.onTerminal()));
        print(out, report, target);
        boolean anyFailed = report.files().stream().anyMatch(f -> f.status().equals("failed"));
        return anyFailed && !skipBad ? CliErrors.FAILED : 0;
      } catch (ReindexException e) {
        if (e.report() != null) {
          print(out, e.report(), target);
        }
        throw e;
      }
    }
  }

  /** Up to this many files, every one gets a line; above, only those worth a look (an archive has 100,000s). */
  static final int LIST_EVERY_FILE_UP_TO = 100;

  static void print(PrintWriter out, ReindexReport report, IndexTarget target) {
    boolean all = report.files().size() <= LIST_EVERY_FILE_UP_TO;
    int quiet = 0;
    for (FileReport f : report.files()) {
      if (!all && f.status().equals("ok") && f.note() == null) {
        quiet++;
        continue;
      }
      switch (f.status()) {
        case "failed" -> out.printf("FAILED      %s: %s%n", f.file(), f.reason());
        case "no-headers" -> out.printf("no-headers  %s: no speakers found, %d statement without officials (%s)%s%n",
            f.file(), f.statements(), f.charset(), note(f));
        default -> out.printf("ok          %s: %d statements (%s)%s%n", f.file(), f.statements(), f.charset(), note(f));
      }
    }
    if (quiet > 0) {
      out.printf("ok          %,d more files, indexed without remarks%n", quiet);
    }
    for (String warning : report.warnings()) {
      out.printf("warning  %s%n", warning);
    }
    out.printf("%d articles, %d statements in %.2f s%s%n", report.articles(), report.statements(),
        report.seconds(), report.switched() ? " -> " + target.describe(report.version()) : "; index NOT changed");
    out.printf("page furniture in no statement (headlines, leads, bylines, captions, labels, datelines): %,d characters%n",
        report.furnitureChars());
    VectorReport v = report.vectors();
    if (v != null && v.built()) {
      out.printf("paragraph vectors: %,d paragraphs, %,d from the embedding cache, %,d embedded, in %.2f s (%s)%n",
          v.paragraphs(), v.fromCache(), v.embedded(), v.seconds(), v.model());
    } else if (v != null) {
      out.printf("paragraph vectors: none (%s); mode=semantic|hybrid is not available on this index%n", v.reason());
    }
    out.flush();
  }

  private static String note(FileReport f) {
    return f.note() == null ? "" : " — " + f.note();
  }
}
