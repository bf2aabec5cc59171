package wjw.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The result of one {@code wjw-search bench} run: what was measured on which machine, every figure
 * with its target, the same figures of an OpenSearch cluster when one was measured too ({@code opensearch},
 * empty otherwise; printed side by side), and the query mix used; printed as a table or as JSON.
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
    List<Figure> opensearch,
    List<String> queries,
    List<String> notes) {

  // Same style as the other commands' --json: snake_case keys, indented.
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** True when every figure with a target meets it. */
  public boolean allTargetsMet() {
    return Stream.concat(figures.stream(), opensearch.stream()).allMatch(f -> f.met() == null || f.met());
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
    if (opensearch.isEmpty()) {
      String row = "%-10s %-38s %14s  %-16s %s%n";
      out.append(String.format(Locale.ROOT, row, "section", "figure", "value", "target", "met"));
      out.append("-".repeat(88)).append('\n');
      for (Figure f : figures) {
        out.append(String.format(Locale.ROOT, row, f.section(), f.name(), value(f), f.target() == null ? "" : f.target(),
            met(f.met())));
      }
    } else {
      sideBySide(out);
    }
    for (String note : notes) {
      out.append("note: ").append(note).append('\n');
    }
    long missed = Stream.concat(figures.stream(), opensearch.stream())
        .filter(f -> Boolean.FALSE.equals(f.met())).count();
    out.append(missed == 0 ? "all targets met\n" : missed + " target(s) missed\n");
    return out.toString();
  }

  /**
   * The embedded and the OpenSearch value of each figure on one row (the figures the cluster has no counterpart of,
   * such as the bare Lucene reference, show n/a; the comparison's own come last). The target is the embedded
   * figure's, or the OpenSearch one's where only it has one; a row is met when every target on it is.
   */
  private void sideBySide(StringBuilder out) {
    String row = "%-11s %-42s %14s %14s  %-14s %s%n";
    out.append(String.format(Locale.ROOT, row, "section", "figure", "embedded", "opensearch", "target", "met"));
    out.append("-".repeat(106)).append('\n');
    Map<String, Figure> cluster = new LinkedHashMap<>();
    opensearch.forEach(f -> cluster.put(f.section() + "\n" + f.name(), f));
    for (Figure f : figures) {
      Figure o = cluster.remove(f.section() + "\n" + f.name());
      String target = f.target() != null ? f.target() : o != null && o.target() != null ? o.target() : "";
      Boolean met = both(f.met(), o == null ? null : o.met());
      out.append(String.format(Locale.ROOT, row, f.section(), f.name(), value(f), o == null ? "n/a" : value(o), target,
          met(met)));
    }
    for (Figure o : cluster.values()) {
      out.append(String.format(Locale.ROOT, row, o.section(), o.name(), "", value(o), o.target() == null ? "" : o.target(),
          met(o.met())));
    }
  }

  /** Met when every target is: null when neither figure has one. */
  private static Boolean both(Boolean a, Boolean b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Boolean.valueOf(a && b);
  }

  private static String value(Figure f) {
    return f.value() == null ? "n/a" : format(f.value()) + (f.unit().isEmpty() ? "" : " " + f.unit());
  }

  private static String met(Boolean met) {
    return met == null ? "" : met ? "yes" : "NO";
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
