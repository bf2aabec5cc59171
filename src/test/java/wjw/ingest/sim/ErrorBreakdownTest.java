package wjw.ingest.sim;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import wjw.ingest.Segmenter;

class ErrorBreakdownTest {
  @Test
  void breakdown() {
    if (System.getProperty("wjw.sim.breakdown") == null) return;
    Segmenter seg = new Segmenter();
    Map<String, long[]> byKind = new TreeMap<>();
    for (long seed = 1; seed <= 1000; seed++) {
      SimulatedPage sim = Simulations.page(seed);
      PageScore score = PageScore.of(sim, seg.segment(sim.name(), sim.text()));
      long wrong = score.chars() - score.correct();
      String kind = sim.damage().stream().filter(d -> d.startsWith("block")).map(d -> d.contains("char 0 ") ? "block@0" : "block@mid").sorted().reduce((a, b) -> a + "+" + b).orElse("noblock");
      if (wrong > 0 && System.getProperty("wjw.sim.kind", "").equals(kind)) System.out.println("seed " + seed + " wrong " + wrong);
      long[] acc = byKind.computeIfAbsent(kind, k -> new long[3]);
      acc[0]++; acc[1] += wrong; acc[2] += score.chars();
    }
    byKind.forEach((k, v) -> System.out.printf("%-22s pages %4d wrong %7d of %8d (%.2f%%)%n", k, v[0], v[1], v[2], 100.0 * v[1] / v[2]));
  }
}
