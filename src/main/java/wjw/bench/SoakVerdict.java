package wjw.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the server held up: no request failed, reindexes ran, and neither the heap after GC nor
 * the open file descriptors grew from the first row to the last (both read between reindexes, the
 * clients connected) by more than 10% plus a fixed slack (16 MiB, 16 descriptors) — the slack
 * absorbs what a reading happens to catch (a connection being reopened, a cache filled a little
 * later), the 10% growth a leak would exceed.
 *
 * @param checks one line per check, each starting "ok" or "FAIL"
 */
public record SoakVerdict(boolean passed, List<String> checks) {
  static final double GROWTH = 0.10;
  static final long HEAP_SLACK_BYTES = 16L << 20;
  static final long FILES_SLACK = 16;

  /**
   * Compares the first row read between reindexes with the last row (always read between them);
   * when every earlier row was read during a reindex, the reading after the warm-up stands in.
   */
  static SoakVerdict judge(ServerReading start, List<SoakRow> rows, int reindexesDue) {
    List<String> checks = new ArrayList<>();
    boolean passed = true;
    long requests = rows.stream().mapToLong(SoakRow::requests).sum();
    long errors = rows.stream().mapToLong(SoakRow::errors).sum();
    int reindexes = rows.stream().mapToInt(SoakRow::reindexes).sum();
    int reindexErrors = rows.stream().mapToInt(SoakRow::reindexErrors).sum();
    boolean noFailures = errors == 0 && reindexErrors == 0 && requests > 0;
    passed &= check(checks, noFailures, String.format(Locale.ROOT,
        "failed requests: %,d of %,d searches, %d of %d reindexes", errors, requests, reindexErrors, reindexes));
    // a reindex that would start after the end is skipped: fewer than due means they took longer
    // than the period, which is worth saying but is no failure of the server
    passed &= check(checks, reindexes >= Math.min(1, reindexesDue), String.format(Locale.ROOT,
        "reindexes completed: %d of %d due%s", reindexes, reindexesDue,
        reindexes < reindexesDue ? " (each took longer than the period; none starts after the end)" : ""));
    ServerReading last = rows.get(rows.size() - 1).server();
    ServerReading first = rows.subList(0, rows.size() - 1).stream().map(SoakRow::server)
        .filter(r -> !r.duringReindex()).findFirst().orElse(start);
    String span = "from " + (first == start ? "the start (every earlier row was read during a reindex)"
        : "the first row") + " to the last";
    passed &= growth(checks, "heap after GC", span, first.heapAfterGcBytes(), last.heapAfterGcBytes(),
        HEAP_SLACK_BYTES, 1 << 20, "MiB");
    passed &= growth(checks, "open files", span, first.openFiles(), last.openFiles(), FILES_SLACK, 1, "");
    return new SoakVerdict(passed, List.copyOf(checks));
  }

  private static boolean growth(List<String> checks, String what, String span, Long first, Long last, long slack,
      long unit, String unitName) {
    if (first == null || last == null) {
      return check(checks, false, what + ": not measured on this machine (needs Linux /proc and the JDK's jcmd)");
    }
    long allowed = Math.round(first * (1 + GROWTH)) + slack;
    String u = unitName.isEmpty() ? "" : " " + unitName;
    return check(checks, last <= allowed, String.format(Locale.ROOT,
        "%s %s: %s%s -> %s%s, allowed up to %s%s (first + %.0f%% + %s%s)", what, span,
        BenchReport.format((double) first / unit), u, BenchReport.format((double) last / unit), u,
        BenchReport.format(allowed / unit), u, GROWTH * 100, BenchReport.format((double) slack / unit), u));
  }

  private static boolean check(List<String> checks, boolean ok, String line) {
    checks.add((ok ? "ok    " : "FAIL  ") + line);
    return ok;
  }
}
