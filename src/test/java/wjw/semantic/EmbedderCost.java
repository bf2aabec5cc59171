package wjw.semantic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import wjw.relevance.SeedParagraphs;

/**
 * Measures the embedder on the seeds' paragraphs (not a test: timing belongs outside the suite).
 * Run from the project folder, one JVM per thread count so each loads the model once:
 *
 * <pre>java -Xmx512m -cp target/wjw-search.jar:target/test-classes wjw.semantic.EmbedderCost THREADS [ONNX_THREADS]</pre>
 *
 * Prints model load time, resident memory before and after loading and after embedding, the
 * median wall and CPU milliseconds per paragraph over {@code ROUNDS} passes (on a machine others
 * share, CPU time is the steadier figure), and the median query time.
 */
public final class EmbedderCost {
  static final int ROUNDS = 5;

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    int intraOp = args.length > 1 ? Integer.parseInt(args[1]) : Embedder.INTRA_OP_THREADS;
    List<String> paragraphs = new ArrayList<>(SeedParagraphs.read(Path.of("seeds")).values());
    List<String> queries = Files.readAllLines(Path.of("src/test/resources/wjw/relevance/topics.tsv")).stream()
        .filter(l -> !l.isBlank()).map(l -> l.split("\t")[1]).toList();
    System.gc();
    long rssBefore = rssKiB();
    long t0 = System.nanoTime();
    try (Embedder embedder = Embedder.startLoading(threads, intraOp)) {
      embedder.awaitReady();
      long loadMs = (System.nanoTime() - t0) / 1_000_000;
      long rssLoaded = rssKiB();
      embedder.embedPassages(paragraphs.subList(0, 4), EmbeddingProgress.NONE); // warm-up
      double[] perParagraph = new double[ROUNDS];
      double[] cpuPerParagraph = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        long s = System.nanoTime();
        long cpu = cpuNanos();
        embedder.embedPassages(paragraphs, EmbeddingProgress.NONE);
        perParagraph[r] = (System.nanoTime() - s) / 1e6 / paragraphs.size();
        cpuPerParagraph[r] = (cpuNanos() - cpu) / 1e6 / paragraphs.size();
      }
      double[] perQuery = new double[queries.size()];
      for (int q = 0; q < queries.size(); q++) {
        long s = System.nanoTime();
        embedder.embedQuery(queries.get(q));
        perQuery[q] = (System.nanoTime() - s) / 1e6;
      }
      double chars = paragraphs.stream().mapToInt(String::length).average().orElseThrow();
      System.out.printf(Locale.ROOT,
          "threads=%d onnx-threads=%d paragraphs=%d (mean %.0f chars) load=%d ms rss: before %d MiB, loaded %d MiB, after embedding %d MiB;"
              + " ms/paragraph median %.1f (rounds %s), CPU ms/paragraph median %.1f; query median %.1f ms%n",
          threads, intraOp, paragraphs.size(), chars, loadMs, rssBefore / 1024, rssLoaded / 1024, rssKiB() / 1024,
          median(perParagraph), Arrays.toString(Arrays.stream(perParagraph).map(x -> Math.round(x * 10) / 10.0).toArray()),
          median(cpuPerParagraph),
          median(perQuery));
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** CPU time of the whole process, ONNX Runtime's native threads included: robust to a busy machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long rssKiB() throws Exception {
    return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
  }

  private EmbedderCost() {}
}
