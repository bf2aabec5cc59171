package wjw.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import wjw.ingest.places.Provinces;

/**
 * Writes a deterministic scale corpus of pages in the seeds' text format, recombined from the seeds' sentences, one
 * page at a time so memory stays flat whatever the size.
 */
public final class CorpusGenerator {

  /** The 31 mainland provincial-level divisions: their commissions are the ones 健康报 prints. */
  static final List<Provinces.Province> MAINLAND = Provinces.all().stream()
      .filter(p -> !p.name().endsWith("特别行政区") && !p.name().equals("台湾省"))
      .toList();

  static final int FIRST_YEAR = 2015;
  static final int LAST_YEAR = 2026;
  static final int MIN_STATEMENTS = 6;
  static final int MAX_STATEMENTS = 9;

  private static final Pattern GENERATED_FILE = Pattern.compile("gen-[0-9]{6,}\\.txt");

  private final PageComposer composer;

  /** A generator recombining the sentences of the pages in {@code seedsDir}; the same seed gives the same corpus. */
  public CorpusGenerator(Path seedsDir, long seed) {
    this(seedsDir, seed, 0);
  }

  /**
   * As {@link #CorpusGenerator(Path, long)}, with a share ({@code placeHeavy}, 0 to 1) of sentences naming another
   * province than their speaker's: pages whose paragraphs name many places, which layout repair weighs.
   */
  public CorpusGenerator(Path seedsDir, long seed, double placeHeavy) {
    try {
      this.composer = new PageComposer(seed, SentencePool.load(seedsDir), placeHeavy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many pages give about {@code statements} statements (pages hold 6 to 9, 7.5 on average). */
  public static int articlesFor(int statements) {
    double perPage = (MIN_STATEMENTS + MAX_STATEMENTS) / 2.0;
    return Math.max(1, (int) Math.round(statements / perPage));
  }

  /** The file name of page {@code number} (1-based): gen-000001.txt. */
  public static String fileName(int number) {
    return String.format(Locale.ROOT, "gen-%06d.txt", number);
  }

  /** Writes pages 1..{@code articles} into {@code outDir}, which must be missing or empty. */
  public GeneratedCorpus write(Path outDir, int articles) throws IOException {
    return write(outDir, articles, false);
  }

  /**
   * Writes pages 1..{@code articles} into {@code outDir}. With {@code replace}, a non-empty folder is accepted and its
   * earlier gen-*.txt pages are deleted first, so a smaller run leaves no stale pages behind; other files stay.
   */
  public GeneratedCorpus write(Path outDir, int articles, boolean replace) throws IOException {
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be at least 1, got " + articles);
    }
    prepare(outDir, replace);
    int statements = 0;
    long bytes = 0;
    for (int n = 1; n <= articles; n++) {
      GeneratedPage page = composer.compose(n);
      byte[] data = page.text().getBytes(StandardCharsets.UTF_8);
      Files.write(outDir.resolve(page.fileName()), data);
      statements += page.statements().size();
      bytes += data.length;
    }
    return new GeneratedCorpus(articles, statements, bytes);
  }

  /** Page {@code number} (1-based) with the statements it was built from, without writing anything. */
  public GeneratedPage page(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1, got " + number);
    }
    return composer.compose(number);
  }

  private static void prepare(Path outDir, boolean replace) throws IOException {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new IOException(outDir + " exists and is not a folder");
    }
    Files.createDirectories(outDir);
    List<Path> entries;
    try (Stream<Path> list = Files.list(outDir)) {
      entries = list.toList();
    }
    if (entries.isEmpty()) {
      return;
    }
    if (!replace) {
      throw new OutputDirNotEmptyException(outDir);
    }
    for (Path entry : entries) {
      if (GENERATED_FILE.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
        Files.delete(entry);
      }
    }
  }
}
