package wjw.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wjw.index.Reindexer;
import wjw.ingest.ArticleReader;
import wjw.ingest.model.Article;

/**
 * The bench's "reindex / reference throughput" in process CPU time instead of wall time, for a machine shared with
 * other work: reindex of a corpus against the bare reference ({@link ReferenceIndexer}) over the same articles read
 * beforehand, both on two threads and both up to a closed writer (merges included). Alternates the two, several
 * rounds.
 *
 * <p>Run: {@code java -cp ... wjw.bench.IndexingCpuRatio CORPUS_DIR SCRATCH_DIR [rounds=3]}.
 */
public final class IndexingCpuRatio {
  private IndexingCpuRatio() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path scratch = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Path> files = ArticleReader.articleFiles(corpus);
    ArticleReader reader = new ArticleReader();
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      articles.add(reader.read(file).article());
    }
    for (int round = 1; round <= rounds; round++) {
      long reference = cpu(() -> ReferenceWriting.eachArticle(articles, a -> a, scratch.resolve("reference")));
      long reindex = cpu(() -> new Reindexer(corpus, scratch.resolve("reindex")).run(true));
      System.out.printf(Locale.ROOT, "round %d: %d pages, CPU s reference %.2f reindex %.2f, reference/reindex %.3f%n",
          round, files.size(), reference / 1e9, reindex / 1e9, (double) reference / reindex);
      BenchFiles.delete(scratch);
    }
  }

  private interface Work {
    void run() throws Exception;
  }

  private static long cpu(Work work) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    long before = os.getProcessCpuTime();
    work.run();
    return os.getProcessCpuTime() - before;
  }
}
