package wjw.bench;

/**
 * One row of the soak report: what happened between the previous row and {@code untilSeconds}
 * after the load started, and the server's state read at {@code readSeconds} (the row's end, or
 * later when a reindex was running then; the last row ends when its state has been read).
 *
 * @param errors search requests that failed (not 200, or no answer)
 * @param reindexErrors POST /api/reindex that failed
 * @param heapAfterGcBytes the server's live heap after a forced full GC; null when jcmd is missing
 * @param openFiles the server's open file descriptors; null off Linux
 * @param mappedIndexFiles index files the server has mapped; null off Linux
 */
public record SoakRow(double untilSeconds, double readSeconds, long requests, long errors, double p50Ms, double p99Ms, double maxMs,
    int reindexes, int reindexErrors, Long heapAfterGcBytes, Long openFiles, Long mappedIndexFiles) {}
