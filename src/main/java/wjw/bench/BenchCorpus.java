package wjw.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import wjw.ingest.ArticleReader;

/**
 * Step 1: the corpus for a size, seed and place-heavy share, reused when a complete one is already
 * there, or the folder given with {@code --corpus} as it is.
 */
final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchCorpus() {}

  /** Reuses or generates the corpus, saying which on {@code progress}. */
  static GeneratedCorpus prepare(BenchOptions options, PrintWriter progress) throws IOException {
    Path dir = options.corpusDir();
    if (Files.exists(options.corpusMarker()) && Files.isDirectory(dir)) {
      GeneratedCorpus corpus = JSON.readValue(options.corpusMarker().toFile(), GeneratedCorpus.class);
      progress.printf("corpus: reusing %s (%,d articles, %,d statements)%n", dir, corpus.articles(),
          corpus.statements());
      return corpus;
    }
    if (options.corpus() != null && Files.isDirectory(dir)) {
      List<Path> files = ArticleReader.articleFiles(dir);
      if (!files.isEmpty()) {
        // A folder of pages made elsewhere (wjw-search generate, or real pages): used as it is.
        long bytes = 0;
        for (Path f : files) {
          bytes += Files.size(f);
        }
        progress.printf("corpus: using %s as it is (%,d articles, %.1f MB)%n", dir, files.size(), bytes / 1e6);
        return new GeneratedCorpus(files.size(), 0, bytes);
      }
    }
    progress.printf("corpus: generating about %,d statements into %s%s%n", options.statements(), dir,
        options.placeHeavy() > 0 ? ", place-heavy share " + options.placeHeavy() : "");
    if (options.corpus() == null) {
      // A folder without marker is what an interrupted generation left: start again.
      BenchFiles.delete(dir);
    }
    Files.createDirectories(dir);
    CorpusGenerator generator = new CorpusGenerator(options.seeds(), options.seed(), options.placeHeavy());
    GeneratedCorpus corpus = generator.write(dir, CorpusGenerator.articlesFor(options.statements()), true);
    JSON.writeValue(options.corpusMarker().toFile(), corpus);
    progress.printf("corpus: %,d articles, %,d statements, %.1f MB%n", corpus.articles(), corpus.statements(),
        corpus.bytes() / 1e6);
    return corpus;
  }
}
