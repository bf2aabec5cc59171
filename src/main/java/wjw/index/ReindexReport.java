package wjw.index;

import java.util.List;

/**
 * What a reindex did: per-file outcomes, totals, wall time, whether the new index went live, and
 * the curator corrections that did not match anything ({@code warnings}, never fatal).
 */
public record ReindexReport(
    List<FileReport> files, int articles, int statements, double seconds, boolean switched, String version,
    List<String> warnings) {

  public ReindexReport {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }

  /** A report without warnings (no corrections file, or every correction matched). */
  public ReindexReport(
      List<FileReport> files, int articles, int statements, double seconds, boolean switched, String version) {
    this(files, articles, statements, seconds, switched, version, List.of());
  }
}
