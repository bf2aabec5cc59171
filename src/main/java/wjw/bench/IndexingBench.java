package wjw.bench;

import java.io.IOException;
import java.nio.file.Path;
import wjw.index.ReindexException;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;

/**
 * Step 2: times {@code reindex} of the corpus (wall time, peak heap), then the bare Lucene
 * reference over the same statements, so the ratio shows our overhead.
 */
final class IndexingBench {
  /** The reference uses both cores of the target machine, as the issue asks. */
  static final int REFERENCE_THREADS = 2;

  IndexingResult run(Path corpusDir, Path indexDir, Path scratchDir) throws IOException, ReindexException {
    // Start both measurements from a collected heap so garbage of earlier steps is not counted.
    System.gc();
    double reindexSeconds;
    long peak;
    long peakAfterGc;
    try (HeapSampler heap = new HeapSampler()) {
      long started = System.nanoTime();
      ReindexReport report = new Reindexer(corpusDir, indexDir).run(true);
      reindexSeconds = (System.nanoTime() - started) / 1e9;
      peak = heap.peakUsed();
      peakAfterGc = heap.peakAfterGc();
      if (report.files().stream().anyMatch(f -> f.status().equals("failed"))) {
        throw new IOException("the generated corpus has files reindex cannot read: " + report.files().stream()
            .filter(f -> f.status().equals("failed")).findFirst().orElseThrow());
      }
    }
    System.gc();
    ReferenceIndexer.Result reference;
    try {
      reference = new ReferenceIndexer(REFERENCE_THREADS).run(corpusDir, scratchDir);
    } finally {
      BenchFiles.delete(scratchDir);
    }
    return new IndexingResult(reference.statements(), reference.textBytes(), reindexSeconds, peak, peakAfterGc,
        reference.seconds(), REFERENCE_THREADS);
  }
}
