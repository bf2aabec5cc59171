package wjw.bench;

/**
 * Indexing figures: our {@code reindex} and the bare Lucene reference over the same statements.
 *
 * @param textBytes UTF-8 bytes of all statement text: the "MB" of MB/s for both
 */
public record IndexingResult(int statements, long textBytes, double reindexSeconds, long reindexPeakHeap,
    long reindexPeakHeapAfterGc, double referenceSeconds, int referenceThreads) {

  public double reindexPerSecond() {
    return statements / reindexSeconds;
  }

  public double referencePerSecond() {
    return statements / referenceSeconds;
  }

  public double reindexMbPerSecond() {
    return textBytes / 1e6 / reindexSeconds;
  }

  public double referenceMbPerSecond() {
    return textBytes / 1e6 / referenceSeconds;
  }

  /** Our throughput as a share of the reference's (1.0 = no overhead). */
  public double ratio() {
    return referenceSeconds / reindexSeconds;
  }
}
