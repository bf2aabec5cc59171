package wjw.bench;

/**
 * One row of the soak report: the load between the previous row and {@code untilSeconds} after the
 * start, and the server's state read at the row's end (the last row: once no reindex runs).
 *
 * @param errors search requests that failed (not 200, or no answer)
 * @param reindexes POST /api/reindex finished in the row
 * @param reindexErrors of those, the ones that failed
 */
public record SoakRow(double untilSeconds, long requests, long errors, double p50Ms, double p99Ms, double maxMs,
    int reindexes, int reindexErrors, ServerReading server) {}
