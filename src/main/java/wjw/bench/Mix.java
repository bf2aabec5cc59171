package wjw.bench;

/** Derives independent random seeds from a few numbers, so every page and every official has its own stream. */
final class Mix {
  private Mix() {}

  /** A well-spread 64-bit value of the parts (SplitMix64's finalizer applied after each part). */
  static long of(long... parts) {
    long h = 0x9E3779B97F4A7C15L;
    for (long p : parts) {
      h = finish(h ^ finish(p + 0x9E3779B97F4A7C15L));
    }
    return h;
  }

  private static long finish(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
