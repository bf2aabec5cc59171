package wjw.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;

/** Step 1: the generated corpus for a size and seed, reused when a complete one is already there. */
final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchCorpus() {}

  /** Reuses or generates the corpus, saying which on {@code progress}. */
  static GeneratedCorpus prepare(BenchOptions options, PrintWriter progress) throws IOException {
    if (Files.exists(options.corpusMarker()) && Files.isDirectory(options.corpusDir())) {
      GeneratedCorpus corpus = JSON.readValue(options.corpusMarker().toFile(), GeneratedCorpus.class);
      progress.printf("corpus: reusing %s (%,d articles, %,d statements)%n", options.corpusDir(), corpus.articles(),
          corpus.statements());
      return corpus;
    }
    progress.printf("corpus: generating about %,d statements into %s%n", options.statements(), options.corpusDir());
    // A folder without marker is what an interrupted generation left: start again.
    BenchFiles.delete(options.corpusDir());
    Files.createDirectories(options.corpusDir());
    CorpusGenerator generator = new CorpusGenerator(options.seeds(), options.seed());
    GeneratedCorpus corpus = generator.write(options.corpusDir(), articlesFor(generator, options.statements()));
    JSON.writeValue(options.corpusMarker().toFile(), corpus);
    progress.printf("corpus: %,d articles, %,d statements, %.1f MB%n", corpus.articles(), corpus.statements(),
        corpus.bytes() / 1e6);
    return corpus;
  }

  @SuppressWarnings("static-access")
  private static int articlesFor(CorpusGenerator generator, int statements) {
    // Called through the instance on purpose: compiles whether the generator makes it static or not.
    return generator.articlesFor(statements);
  }
}
