package wjw.ingest.sim;

import java.util.List;

/**
 * A true page laid out again with extraction damage: the page {@code text}, the truth for every printed line (in
 * order, blank lines included) and, in words, the damage done, for whoever has to reproduce a failure.
 */
public record SimulatedPage(long seed, TruePage truth, String name, String text, List<LineTruth> lines,
    List<String> damage) {
  public SimulatedPage {
    lines = List.copyOf(lines);
    damage = List.copyOf(damage);
  }

  /** The truth of line {@code number} (1-based). */
  public LineTruth line(int number) {
    return lines.get(number - 1);
  }
}
