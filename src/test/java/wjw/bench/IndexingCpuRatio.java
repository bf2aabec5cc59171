package wjw.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import wjw.index.IndexAnalyzers;
import wjw.index.Reindexer;
import wjw.index.StatementDocument;
import wjw.ingest.Segmenter;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

/**
 * The bench's "reindex / reference throughput" in process CPU time instead of wall time, for a machine shared with
 * other work: reindex of a corpus against the bare IndexWriter loop over the same statements segmented beforehand,
 * both on two threads and both up to a closed writer (merges included). Alternates the two, several rounds.
 *
 * <p>Run: {@code java -cp ... wjw.bench.IndexingCpuRatio CORPUS_DIR SCRATCH_DIR [rounds=3]}.
 */
public final class IndexingCpuRatio {
  private static final int THREADS = 2;

  private IndexingCpuRatio() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path scratch = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Path> files = ReferenceIndexer.articleFiles(corpus);
    Segmenter segmenter = new Segmenter();
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      articles.add(segmenter.segment(file.getFileName().toString(), ArticleDecoder.decode(file).text()));
    }
    for (int round = 1; round <= rounds; round++) {
      long reference = cpu(() -> reference(articles, scratch.resolve("reference")));
      long reindex = cpu(() -> new Reindexer(corpus, scratch.resolve("reindex")).run(true));
      System.out.printf(Locale.ROOT, "round %d: %d pages, CPU s reference %.2f reindex %.2f, reference/reindex %.3f%n",
          round, files.size(), reference / 1e9, reindex / 1e9, (double) reference / reindex);
      BenchFiles.delete(scratch);
    }
  }

  private static void reference(List<Article> articles, Path indexDir) throws Exception {
    Files.createDirectories(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
      AtomicInteger cursor = new AtomicInteger();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(Thread.ofPlatform().start(() -> {
          try {
            for (int i = cursor.getAndIncrement(); i < articles.size(); i = cursor.getAndIncrement()) {
              int ordinal = 0;
              for (Statement s : articles.get(i).statements()) {
                writer.addDocument(StatementDocument.of(s, articles.get(i), i, ordinal++));
              }
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }));
      }
      for (Thread w : workers) {
        w.join();
      }
      writer.commit();
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
