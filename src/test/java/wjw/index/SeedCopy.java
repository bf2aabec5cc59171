package wjw.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixture: a private copy of the real seed pages, so a test may add or break files freely. */
final class SeedCopy {
  private SeedCopy() {}

  /** Copies {@code seeds/*.txt} into {@code dir/seeds} and returns that folder. */
  static Path into(Path dir) throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(seed, seeds.resolve(seed.getFileName()));
      }
    }
    return seeds;
  }
}
