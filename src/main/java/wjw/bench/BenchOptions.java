package wjw.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What to measure: corpus size and seed, where to keep corpus and indexes, client counts, and the
 * seconds of each measurement and of the warm-up before them.
 */
public record BenchOptions(int statements, Path work, Path seeds, long seed, List<Integer> clients,
    double durationSeconds, double warmupSeconds) {

  public BenchOptions {
    if (statements < 1) {
      throw new IllegalArgumentException("--statements must be at least 1, got " + statements);
    }
    if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
      throw new IllegalArgumentException("--clients must be positive numbers, got " + clients);
    }
    if (durationSeconds <= 0 || warmupSeconds < 0) {
      throw new IllegalArgumentException("--duration must be > 0 and --warmup >= 0");
    }
    clients = List.copyOf(clients);
  }

  /** Corpus folder: named by size and seed, so a run with the same ones reuses it. */
  Path corpusDir() {
    return work.resolve("corpus-" + statements + "-" + seed);
  }

  /** Written after the corpus is complete; its presence means the folder can be reused. */
  Path corpusMarker() {
    return work.resolve("corpus-" + statements + "-" + seed + ".json");
  }

  Path indexDir() {
    return work.resolve("index-" + statements + "-" + seed);
  }

  /** Scratch index of the reference run, deleted after it. */
  Path referenceDir() {
    return work.resolve("reference-index");
  }
}
