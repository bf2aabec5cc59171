package wjw.bench;

import java.util.List;
import java.util.Locale;

/**
 * The result of {@code wjw-search bench --soak}: the server read after the warm-up, one row per
 * minute, and the verdict; a table or JSON.
 */
public record SoakReport(
    String startedAt,
    String java,
    int cpus,
    int statements,
    SoakOptions options,
    ServerReading start,
    List<SoakRow> rows,
    SoakVerdict verdict,
    List<String> notes) {

  public String toJson() {
    return BenchReport.toJson(this);
  }

  /**
   * Header, the start reading, one line per row (a reading taken while a reindex ran is marked *),
   * the verdict's checks and its outcome.
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "wjw-search bench --soak: %,d statements, %s min at %d clients,"
        + " POST /api/reindex every %s s, %d CPUs, %s, started %s%n%n", statements, BenchReport.format(options.minutes()),
        options.clients(), BenchReport.format(options.reindexEverySeconds()), cpus, java, startedAt));
    out.append(String.format(Locale.ROOT, ROW, "until", "requests", "errors", "p50 ms", "p99 ms", "max ms", "reindexes",
        "read at", "heap after GC", "open files", "index maps"));
    out.append("-".repeat(112)).append('\n');
    out.append(line("start", "", "", "", "", "", "", start));
    for (SoakRow r : rows) {
      out.append(line(clock(r.untilSeconds()), String.format(Locale.ROOT, "%,d", r.requests()), Long.toString(r.errors()),
          BenchReport.format(r.p50Ms()), BenchReport.format(r.p99Ms()), BenchReport.format(r.maxMs()),
          r.reindexes() + (r.reindexErrors() > 0 ? " (" + r.reindexErrors() + " failed)" : ""), r.server()));
    }
    out.append('\n');
    if (rows.stream().anyMatch(r -> r.server().duringReindex())) {
      out.append("* read while a reindex ran: shown, not compared\n");
    }
    for (String check : verdict.checks()) {
      out.append(check).append('\n');
    }
    for (String note : notes) {
      out.append("note: ").append(note).append('\n');
    }
    out.append(verdict.passed() ? "verdict: PASS\n" : "verdict: FAIL\n");
    return out.toString();
  }

  private static final String ROW = "%-7s %10s %7s %8s %8s %8s %9s  %-7s %14s %11s %11s%n";

  private static String line(String until, String requests, String errors, String p50, String p99, String max,
      String reindexes, ServerReading s) {
    return String.format(Locale.ROOT, ROW, until, requests, errors, p50, p99, max, reindexes,
        clock(s.atSeconds()) + (s.duringReindex() ? "*" : ""),
        s.heapAfterGcBytes() == null ? "n/a" : BenchReport.format(s.heapAfterGcBytes() / (1024.0 * 1024.0)) + " MiB",
        s.openFiles() == null ? "n/a" : s.openFiles().toString(),
        s.mappedIndexFiles() == null ? "n/a" : s.mappedIndexFiles().toString());
  }

  /** Elapsed time as m:ss. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
