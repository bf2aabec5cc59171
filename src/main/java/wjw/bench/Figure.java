package wjw.bench;

/**
 * One measured figure of the bench report.
 *
 * @param value null when it could not be measured on this machine (then {@code met} is false if there is a target)
 * @param target the goal as readable text ("<= 3 ms"), null when the figure is informational
 * @param met whether the value meets the target; null when there is no target
 */
public record Figure(String section, String name, Double value, String unit, String target, Boolean met) {

  /** A figure with no target. */
  public static Figure info(String section, String name, Double value, String unit) {
    return new Figure(section, name, value, unit, null, null);
  }

  /** A figure that must not exceed {@code limit}. */
  public static Figure atMost(String section, String name, Double value, String unit, double limit) {
    return new Figure(section, name, value, unit, "<= " + BenchReport.format(limit) + " " + unit,
        value != null && value <= limit);
  }

  /** A figure that must reach at least {@code limit}. */
  public static Figure atLeast(String section, String name, Double value, String unit, double limit) {
    return new Figure(section, name, value, unit, ">= " + BenchReport.format(limit) + " " + unit,
        value != null && value >= limit);
  }
}
