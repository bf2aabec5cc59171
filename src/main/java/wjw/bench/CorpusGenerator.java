package wjw.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import wjw.ingest.Segmenter;

/**
 * Placeholder until the real generator lands from branch gen: copies {@code seeds/*.txt}
 * round-robin into N article files with distinct names. Same API as the real one.
 */
public final class CorpusGenerator {
  /** The two seed pages hold 7 and 8 statements. */
  private static final double STATEMENTS_PER_ARTICLE = 7.5;

  private final Path seedsDir;

  public CorpusGenerator(Path seedsDir, long seed) {
    this.seedsDir = seedsDir;
  }

  /** Articles needed for about {@code statements} statements. */
  public static int articlesFor(int statements) {
    return Math.max(1, (int) Math.ceil(statements / STATEMENTS_PER_ARTICLE));
  }

  /** Writes {@code articles} files into {@code outDir}. */
  public GeneratedCorpus write(Path outDir, int articles) {
    try {
      List<Path> seeds;
      try (Stream<Path> list = Files.list(seedsDir)) {
        seeds = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      }
      List<byte[]> texts = new ArrayList<>();
      List<Integer> counts = new ArrayList<>();
      Segmenter segmenter = new Segmenter();
      for (Path seed : seeds) {
        byte[] bytes = Files.readAllBytes(seed);
        texts.add(bytes);
        counts.add(segmenter.segment(seed.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8))
            .statements().size());
      }
      Files.createDirectories(outDir);
      int statements = 0;
      long bytes = 0;
      for (int i = 0; i < articles; i++) {
        int k = i % texts.size();
        Files.write(outDir.resolve(String.format("%07d_%s", i, seeds.get(k).getFileName())), texts.get(k));
        statements += counts.get(k);
        bytes += texts.get(k).length;
      }
      return new GeneratedCorpus(articles, statements, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
