package wjw.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import wjw.search.Trend;

/** Prints a {@link Trend} as a terminal table: one row per value, one column per year, and the row's sum. */
final class TrendTable {
  private TrendTable() {}

  static void print(PrintWriter out, Trend trend) {
    out.printf("%n  trend by %s (statements per year)%n", trend.by());
    List<String> header = new ArrayList<>(trend.years());
    header.add("all");
    int labelWidth = trend.rows().stream().mapToInt(r -> width(r.value())).max().orElse(0);
    int cell = Math.max(5, 1 + Math.max(header.stream().mapToInt(String::length).max().orElse(0),
        trend.rows().stream().mapToInt(r -> Long.toString(r.count()).length()).max().orElse(0)));
    StringBuilder line = new StringBuilder("  ").append(" ".repeat(labelWidth));
    header.forEach(h -> line.append(pad(h, cell)));
    out.println(line);
    for (Trend.Row row : trend.rows()) {
      StringBuilder r = new StringBuilder("  ").append(row.value()).append(" ".repeat(labelWidth - width(row.value())));
      for (long count : row.counts()) {
        r.append(pad(count == 0 ? "·" : Long.toString(count), cell));
      }
      out.println(r.append(pad(Long.toString(row.count()), cell)));
    }
    if (trend.undated() > 0) {
      out.printf("  (%d without a year, in no column)%n", trend.undated());
    }
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  /** Columns a string takes in a terminal: Han characters and full-width forms take two. */
  static int width(String s) {
    return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
  }
}
