package wjw.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What to measure: corpus size, seed and share of place-heavy sentences, where to keep corpus and
 * indexes (or which existing ones to reuse), client counts, and the seconds of each measurement and
 * of the warm-up before them.
 *
 * @param corpus an existing corpus folder to use instead of generating one under {@code work} (null: generate);
 *     generated into when it holds no article file
 * @param index an index folder to use instead of {@code work}'s; when it already holds an index, that index is
 *     searched and indexing is not measured (null: reindex into {@code work})
 * @param placeHeavy share of generated sentences naming another province than their speaker's (0 to 1)
 */
public record BenchOptions(int statements, Path work, Path seeds, long seed, List<Integer> clients,
    double durationSeconds, double warmupSeconds, Path corpus, Path index, double placeHeavy) {

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
    if (!(placeHeavy >= 0 && placeHeavy <= 1)) {
      throw new IllegalArgumentException("--place-heavy must be between 0 and 1, got " + placeHeavy);
    }
    clients = List.copyOf(clients);
  }

  /** Options generating into {@code work}, indexing there, no place-heavy sentences. */
  public BenchOptions(int statements, Path work, Path seeds, long seed, List<Integer> clients,
      double durationSeconds, double warmupSeconds) {
    this(statements, work, seeds, seed, clients, durationSeconds, warmupSeconds, null, null, 0);
  }

  /** Corpus folder: the one given, or one named by size, seed and place-heavy share, so a run with the same ones reuses it. */
  Path corpusDir() {
    return corpus != null ? corpus : work.resolve("corpus-" + name());
  }

  /** Written after a generated corpus is complete; its presence means the folder can be reused. */
  Path corpusMarker() {
    return corpus != null ? corpus.resolve(".bench-corpus.json") : work.resolve("corpus-" + name() + ".json");
  }

  Path indexDir() {
    return index != null ? index : work.resolve("index-" + name());
  }

  /** Scratch index of the reference run, deleted after it. */
  Path referenceDir() {
    return work.resolve("reference-index");
  }

  /** Scratch folder of the warm-up runs, deleted after them. */
  Path warmupDir() {
    return work.resolve("warmup");
  }

  private String name() {
    return statements + "-" + seed + (placeHeavy > 0 ? String.format(Locale.ROOT, "-places%.2f", placeHeavy) : "");
  }
}
