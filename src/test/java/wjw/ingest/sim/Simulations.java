package wjw.ingest.sim;

import java.util.List;

/** The simulated pages every figure is measured on: seed s damages seed page s mod 2 (2026, 2024). */
public final class Simulations {
  private static final List<TruePage> PAGES = SeedTruth.pages();

  private Simulations() {}

  /** The damaged page for {@code seed}, headers as the seeds print them; always the same. */
  public static SimulatedPage page(long seed) {
    return page(seed, HeaderTypesetter.Family.SEED);
  }

  /** The damaged page for {@code seed}, headers typeset in {@code family}; always the same. */
  public static SimulatedPage page(long seed, HeaderTypesetter.Family family) {
    return new PageSimulator(family).simulate(PAGES.get((int) Math.floorMod(seed, (long) PAGES.size())), seed);
  }
}
