package wjw.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import wjw.cli.Main;

/**
 * The soak as a user runs it, at a tiny size: 20 s, 4 clients, a reindex every 10 s (at 5 and 15 s),
 * a row every 5 s. It must finish by itself with no failed request and print the table; no timing is asserted.
 */
class SoakSmokeTest {
  @TempDir Path work;

  @Test
  void tinySoakFinishesWithoutErrorsAndPrintsARowPerPeriod() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("bench", "--soak", "--statements", "200", "--soak-minutes", "0.3334", "--soak-clients", "4",
        "--reindex-every", "10", "--soak-row", "5", "--warmup", "1", "--work", work.toString());
    String table = out.toString();
    assertEquals(0, exit, table + err);

    assertTrue(table.contains("until") && table.contains("p99 ms") && table.contains("read at") && table.contains("start ")
        && table.contains("heap after GC")
        && table.contains("open files"), table);
    List<String> rows = table.lines().filter(l -> l.matches("\\d+:\\d\\d .*")).toList();
    assertEquals(4, rows.size(), table);
    for (String row : rows) {
      String[] cells = row.trim().split("\\s+");
      assertTrue(Long.parseLong(cells[1].replace(",", "")) > 0, "requests in " + row);
      assertEquals("0", cells[2], "errors in " + row);
      assertFalse(row.contains("n/a"), "heap and files measured: " + row);
    }
    assertTrue(table.contains("ok    failed requests: 0 of "), table);
    assertTrue(table.contains("ok    reindexes completed: "), table);
    assertTrue(table.contains("verdict: PASS"), table);
    assertEquals(4, err.toString().lines().filter(l -> l.startsWith("soak: until ")).count(),
        "one progress line per row: " + err);
  }

  @Test
  void verdictAllowsTenPercentPlusSlackAndNoMore() {
    long mib = 1L << 20;
    ServerReading start = reading(90 * mib, 90L, false);
    SoakRow first = row(reading(100 * mib, 100L, false), 0, 0);
    // 100 MiB + 10% + 16 MiB = 126 MiB; 100 files + 10% + 16 = 126
    assertTrue(SoakVerdict.judge(start, List.of(first, row(reading(126 * mib, 126L, false), 0, 0)), 1).passed());
    SoakVerdict heap = SoakVerdict.judge(start, List.of(first, row(reading(127 * mib, 100L, false), 0, 0)), 1);
    assertFalse(heap.passed());
    assertTrue(heap.checks().contains("FAIL  heap after GC from the first row to the last: 100 MiB -> 127 MiB,"
        + " allowed up to 126 MiB (first + 10% + 16 MiB)"), heap.checks().toString());
    assertFalse(SoakVerdict.judge(start, List.of(first, row(reading(100 * mib, 127L, false), 0, 0)), 1).passed());
    assertFalse(SoakVerdict.judge(start, List.of(first, row(reading(100 * mib, 100L, false), 1, 0)), 1).passed(),
        "one failed search");
    assertFalse(SoakVerdict.judge(start, List.of(first, row(reading(100 * mib, 100L, false), 0, 1)), 1).passed(),
        "one failed reindex");
    assertFalse(SoakVerdict.judge(start, List.of(first, row(reading(null, 100L, false), 0, 0)), 1).passed(),
        "unmeasured is not a pass");
  }

  @Test
  void readingsDuringAReindexAreNotCompared() {
    long mib = 1L << 20;
    ServerReading start = reading(30 * mib, 40L, false);
    // row 1 caught a reindex's writer: much more heap; the first row read between reindexes is row 2
    List<SoakRow> rows = List.of(row(reading(80 * mib, 60L, true), 0, 0), row(reading(40 * mib, 45L, false), 0, 0),
        row(reading(45 * mib, 45L, false), 0, 0));
    SoakVerdict v = SoakVerdict.judge(start, rows, 2);
    assertTrue(v.passed(), v.checks().toString());
    assertTrue(v.checks().get(2).contains("from the first row to the last: 40 MiB -> 45 MiB"), v.checks().toString());
    // every row but the last during a reindex: the reading after the warm-up stands in
    v = SoakVerdict.judge(start, List.of(row(reading(80 * mib, 60L, true), 0, 0), row(reading(70 * mib, 45L, false), 0, 0)), 1);
    assertFalse(v.passed(), "30 MiB -> 70 MiB is growth");
    assertTrue(v.checks().get(2).contains("from the start (every earlier row was read during a reindex)"),
        v.checks().toString());
  }

  @Test
  void reindexesMustRunWhenDue() {
    ServerReading r = reading(100L << 20, 100L, false);
    SoakRow noReindex = new SoakRow(60, 1000, 0, 1, 2, 3, 0, 0, r);
    assertFalse(SoakVerdict.judge(r, List.of(noReindex), 2).passed(), "no reindex ran");
    assertTrue(SoakVerdict.judge(r, List.of(noReindex), 0).passed(), "none was due");
    assertTrue(SoakVerdict.judge(r, List.of(row(r, 0, 0)), 2).passed(), "one of two: they overran the period");
  }

  private static ServerReading reading(Long heap, Long files, boolean duringReindex) {
    return new ServerReading(60, duringReindex, heap, files, 10L);
  }

  private static SoakRow row(ServerReading reading, long errors, int reindexErrors) {
    return new SoakRow(60, 1000, errors, 1, 2, 3, 1, reindexErrors, reading);
  }

  @Test
  void reindexesAreDueHalfAPeriodOffTheRows() {
    // at 0:30, 1:30, … 9:30
    assertEquals(10, ReindexLoop.due(600, 60));
    // at 5 and 15 s
    assertEquals(2, ReindexLoop.due(20, 10));
    assertEquals(1, ReindexLoop.due(20, 30));
    assertEquals(0, ReindexLoop.due(10, 30));
    assertEquals(2, ReindexLoop.due(25, 10));
  }
}
