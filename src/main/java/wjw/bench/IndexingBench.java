package wjw.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import wjw.ingest.ArticleReader;
import wjw.index.ReindexException;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;

/**
 * Step 2: times {@code reindex} of the corpus (wall time, peak heap), then the bare Lucene
 * reference over the same statements, so the ratio shows our overhead. Both first run once, untimed,
 * over a sample of the pages, so the JIT has compiled both before either is timed: without it the
 * reindex ran cold and the reference, second, warm.
 */
final class IndexingBench {
  /** The reference uses both cores of the target machine, as the issue asks. */
  static final int REFERENCE_THREADS = 2;
  /** Pages of the warm-up: enough for C2 to compile the segmenter, analyzers and indexing chain. */
  static final int WARMUP_PAGES = 600;

  IndexingResult run(Path corpusDir, Path indexDir, Path scratchDir, Path warmupDir)
      throws IOException, ReindexException {
    warmUp(corpusDir, scratchDir, warmupDir);
    TimedReindex reindex = TimedReindex.run(new Reindexer(corpusDir, indexDir));
    ReindexReport report = reindex.report();
    if (report.files().stream().anyMatch(f -> f.status().equals("failed"))) {
      throw new IOException("the corpus has files reindex cannot read: " + report.files().stream()
          .filter(f -> f.status().equals("failed")).findFirst().orElseThrow());
    }
    // The reference too starts from a collected heap.
    System.gc();
    ReferenceIndexer.Result reference;
    try {
      reference = new ReferenceIndexer(REFERENCE_THREADS).run(corpusDir, scratchDir);
    } finally {
      BenchFiles.delete(scratchDir);
    }
    return new IndexingResult(reference.statements(), reference.textBytes(), reindex.seconds(), reindex.peakUsed(),
        reindex.peakAfterGc(),
        reference.seconds(), REFERENCE_THREADS);
  }

  /** Both runs over the first {@link #WARMUP_PAGES} pages (linked into a scratch folder), results thrown away. */
  private static void warmUp(Path corpusDir, Path scratchDir, Path warmupDir) throws IOException, ReindexException {
    List<Path> files = ArticleReader.articleFiles(corpusDir);
    Path sample = warmupDir.resolve("corpus");
    BenchFiles.delete(warmupDir);
    Files.createDirectories(sample);
    try {
      for (Path f : files.subList(0, Math.min(WARMUP_PAGES, files.size()))) {
        Files.createSymbolicLink(sample.resolve(f.getFileName()), f.toAbsolutePath());
      }
      new Reindexer(sample, warmupDir.resolve("index")).run(true);
      new ReferenceIndexer(REFERENCE_THREADS).run(sample, scratchDir);
    } finally {
      BenchFiles.delete(scratchDir);
      BenchFiles.delete(warmupDir);
    }
  }
}
