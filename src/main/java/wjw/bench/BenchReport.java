package wjw.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Locale;

/**
 * The result of one {@code wjw-search bench} run: what was measured on which machine, every figure
 * with its target, and the query mix used; printed as a table or as JSON.
 */
public record BenchReport(
    String startedAt,
    String java,
    int cpus,
    long seed,
    int articles,
    int statements,
    double durationSeconds,
    double warmupSeconds,
    List<Integer> clients,
    List<Figure> figures,
    List<String> queries,
    List<String> notes) {

  // Same style as the other commands' --json: snake_case keys, indented.
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** True when every figure with a target meets it. */
  public boolean allTargetsMet() {
    return figures.stream().allMatch(f -> f.met() == null || f.met());
  }

  public String toJson() {
    return toJson(this);
  }

  /** Any report record as indented snake_case JSON. */
  static String toJson(Object report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of strings and numbers always serialises", e);
    }
  }

  /** A fixed-width table: section, figure, value, target, met. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "wjw-search bench: %,d statements in %,d articles, seed %d, %d CPUs, %s%n",
        statements, articles, seed, cpus, java));
    out.append(String.format(Locale.ROOT, "measurements of %s s after %s s warm-up; clients %s; started %s%n%n",
        format(durationSeconds), format(warmupSeconds), clients, startedAt));
    String row = "%-10s %-38s %14s  %-16s %s%n";
    out.append(String.format(Locale.ROOT, row, "section", "figure", "value", "target", "met"));
    out.append("-".repeat(88)).append('\n');
    for (Figure f : figures) {
      String value = f.value() == null ? "n/a" : format(f.value()) + " " + f.unit();
      String met = f.met() == null ? "" : f.met() ? "yes" : "NO";
      out.append(String.format(Locale.ROOT, row, f.section(), f.name(), value, f.target() == null ? "" : f.target(), met));
    }
    for (String note : notes) {
      out.append("note: ").append(note).append('\n');
    }
    long missed = figures.stream().filter(f -> Boolean.FALSE.equals(f.met())).count();
    out.append(missed == 0 ? "all targets met\n" : missed + " target(s) missed\n");
    return out.toString();
  }

  /** Three significant figures at most, without exponent: 0.123, 12.3, 4,567. */
  static String format(double v) {
    double a = Math.abs(v);
    if (a >= 1000 || v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
