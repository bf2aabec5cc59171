package wjw.bench;

import java.nio.file.Path;
import java.util.Locale;
import wjw.ingest.ArticleReader;
import wjw.ingest.corrections.Corrections;

/**
 * How close to the bare reference any reindex can come on this machine: the reference ({@link ReferenceIndexer}) as
 * the bench times it (statements read beforehand, writing timed), against the very same documents with the reading
 * in the timed part — pages read, decoded and segmented by {@link ArticleReader} on the same two threads, nothing of
 * the product's schema added. A reindex, which also writes the product's fields, can only be slower than the second,
 * so {@code reference / reading reference} bounds the bench's "reindex / reference throughput" from above.
 * Alternates the two, several rounds, wall time.
 *
 * <p>Run: {@code java -cp ... wjw.bench.ReadingReference CORPUS_DIR SCRATCH_DIR [rounds=3] [WARM_UP_CORPUS_DIR]}.
 */
public final class ReadingReference {
  private static final int THREADS = IndexingBench.REFERENCE_THREADS;

  private ReadingReference() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path scratch = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    if (args.length > 3) { // both once over a small corpus first, untimed, so neither is timed cold
      new ReferenceIndexer(THREADS).run(Path.of(args[3]), scratch.resolve("warm-up"));
      readAndWrite(Path.of(args[3]), scratch.resolve("warm-up-reading"));
      BenchFiles.delete(scratch);
    }
    for (int round = 1; round <= rounds; round++) {
      // Alternate which goes first, so neither always runs on the heap and page cache the other left.
      double reference = 0;
      double reading = 0;
      for (boolean referenceTurn : round % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
        System.gc();
        if (referenceTurn) {
          reference = new ReferenceIndexer(THREADS).run(corpus, scratch.resolve("reference")).seconds();
        } else {
          long started = System.nanoTime();
          readAndWrite(corpus, scratch.resolve("reading"));
          reading = (System.nanoTime() - started) / 1e9;
        }
        BenchFiles.delete(scratch);
      }
      System.out.printf(Locale.ROOT, "round %d (%s first): reference %.2f s, reading reference %.2f s,"
          + " reference / reading reference %.3f%n", round, round % 2 == 1 ? "reference" : "reading", reference,
          reading, reference / reading);
    }
  }

  /** The reference's documents of every page, read and written by the reference's workers. */
  private static void readAndWrite(Path corpus, Path indexDir) throws Exception {
    ArticleReader reader = new ArticleReader().withCorrections(Corrections.beside(corpus));
    ReferenceWriting.eachArticle(ArticleReader.articleFiles(corpus), file -> StatementSpool.read(reader, file), indexDir);
  }
}
