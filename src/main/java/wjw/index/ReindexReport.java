package wjw.index;

import java.util.List;

/** What a reindex did: per-file outcomes, totals, wall time, and whether the new index went live. */
public record ReindexReport(
    List<FileReport> files, int articles, int statements, double seconds, boolean switched, String version) {}
