package wjw.ingest.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import wjw.bench.CorpusGenerator;
import wjw.ingest.Segmenter;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.decode.DecodedText;

/**
 * CPU cost per page of what reindex does before Lucene sees a statement: decode the file, segment the text. Measured on
 * generated pages with the thread's CPU time (not wall time), so other load on a shared machine matters less.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) wjw.ingest.perf.SegmentationCost
 * [pages=2000] [rounds=5] [dir]}; the first two rounds are warm-up.
 */
public final class SegmentationCost {
  private static final int WARMUP_ROUNDS = 2;

  private SegmentationCost() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("segcost");
    List<Path> files = corpus(dir, pages);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Segmenter segmenter = new Segmenter();
    for (int round = 1; round <= rounds; round++) {
      long decodeNanos = 0;
      long segmentNanos = 0;
      long statements = 0;
      for (Path file : files) {
        long t0 = cpu.getCurrentThreadCpuTime();
        DecodedText text = decode(file);
        long t1 = cpu.getCurrentThreadCpuTime();
        statements += segmenter.segment(file.getFileName().toString(), text.text()).statements().size();
        long t2 = cpu.getCurrentThreadCpuTime();
        decodeNanos += t1 - t0;
        segmentNanos += t2 - t1;
      }
      System.out.printf(Locale.ROOT,
          "round %d%s: %d pages, %d statements, CPU ms/page decode %.3f segment %.3f total %.3f%n",
          round, round <= WARMUP_ROUNDS ? " (warm-up)" : "", files.size(), statements,
          decodeNanos / 1e6 / files.size(), segmentNanos / 1e6 / files.size(),
          (decodeNanos + segmentNanos) / 1e6 / files.size());
    }
  }

  /** The generated pages in dir, written there (seed 1) when it holds fewer than asked for. */
  static List<Path> corpus(Path dir, int pages) throws Exception {
    List<Path> files = list(dir);
    if (files.size() < pages) {
      new CorpusGenerator(Path.of("seeds"), 1).write(dir, pages, true);
      files = list(dir);
    }
    return new ArrayList<>(files.subList(0, pages));
  }

  private static List<Path> list(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().toList();
    }
  }

  private static DecodedText decode(Path file) {
    try {
      return ArticleDecoder.decode(file);
    } catch (BadArticleException e) {
      throw new IllegalStateException(e);
    }
  }
}
