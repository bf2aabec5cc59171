package wjw.ingest.sim;

import java.util.List;

/** The simulated pages every figure is measured on: seed s damages seed page s mod 2 (2026, 2024). */
public final class Simulations {
  private static final List<TruePage> PAGES = SeedTruth.pages();

  private Simulations() {}

  /** The damaged page for {@code seed}, always the same. */
  public static SimulatedPage page(long seed) {
    return new PageSimulator().simulate(PAGES.get((int) Math.floorMod(seed, (long) PAGES.size())), seed);
  }
}
