package wjw.bench;

import java.io.IOException;
import wjw.index.ReindexException;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;

/** One reindex as the bench times it: wall time, and the heap it took, sampled while it ran ({@link HeapSampler}). */
record TimedReindex(ReindexReport report, double seconds, long peakUsed, long peakAfterGc) {

  /** Runs {@code reindexer} from a collected heap, so garbage of earlier steps is not counted. */
  static TimedReindex run(Reindexer reindexer) throws IOException, ReindexException {
    System.gc();
    try (HeapSampler heap = new HeapSampler()) {
      long started = System.nanoTime();
      ReindexReport report = reindexer.run(true);
      return new TimedReindex(report, (System.nanoTime() - started) / 1e9, heap.peakUsed(), heap.peakAfterGc());
    }
  }
}
