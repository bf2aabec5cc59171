package wjw.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a reindex did: per-file outcomes, totals, wall time, whether the new index went live, the
 * curator corrections that did not match anything ({@code warnings}, never fatal), and how many
 * characters of the pages went to no statement because they are page furniture (headlines, leads,
 * bylines, captions, page and section labels, datelines: the only text that may leave the statements).
 */
public record ReindexReport(
    List<FileReport> files, int articles, int statements, double seconds, boolean switched, String version,
    List<String> warnings, long furnitureChars,
    @JsonInclude(JsonInclude.Include.NON_NULL) VectorReport vectors) {

  public ReindexReport {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }

  /** A report without a word on paragraph vectors (null: not part of this reindex). */
  public ReindexReport(
      List<FileReport> files, int articles, int statements, double seconds, boolean switched, String version,
      List<String> warnings, long furnitureChars) {
    this(files, articles, statements, seconds, switched, version, warnings, furnitureChars, null);
  }

  /** This report with what was done about paragraph vectors (its seconds already count them). */
  public ReindexReport withVectors(VectorReport vectors) {
    return new ReindexReport(files, articles, statements, seconds, switched, version, warnings,
        furnitureChars, vectors);
  }

  /** A report without a furniture count. */
  public ReindexReport(
      List<FileReport> files, int articles, int statements, double seconds, boolean switched, String version,
      List<String> warnings) {
    this(files, articles, statements, seconds, switched, version, warnings, 0);
  }

  /** A report without warnings (no corrections file, or every correction matched). */
  public ReindexReport(
      List<FileReport> files, int articles, int statements, double seconds, boolean switched, String version) {
    this(files, articles, statements, seconds, switched, version, List.of(), 0);
  }
}
