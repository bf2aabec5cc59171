package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import wjw.fuzz.PageFuzzer;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.decode.DecodedText;
import wjw.ingest.model.Article;

/**
 * Seeded fuzzing of {@link ArticleDecoder} and {@link Segmenter} with 20,000 generated and mutated pages: no exception
 * escapes, no batch hangs, every rejection names its reason, every non-blank line gets exactly one role and statement
 * text is made of the input's lines, and the segmenter's safety net (a page kept whole after an internal error) never
 * fires. A failure names the input; {@code -Dwjw.fuzz.input=N} replays that one and writes it to target/fuzz/.
 */
class SegmenterFuzzTest {
  static final long SEED = 6;
  static final int INPUTS = 20_000;
  static final int BATCH = 500;
  /** Generous: a batch takes about a second; only a hang or runaway input reaches this. */
  static final Duration BATCH_LIMIT = Duration.ofSeconds(60);

  /** What an undecodable input may be rejected as. */
  static final List<String> REASONS = List.of("empty file", "binary file", "UTF-16 text", "UTF-32 text",
      "damaged UTF-8: ", "not valid UTF-8");

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final PageFuzzer fuzzer = new PageFuzzer(SEED);
  private final Segmenter segmenter = new Segmenter();
  private long decoded;
  private long rejected;
  private long lines;
  private long cpuNanos;

  @Test
  void generatedAndMutatedPagesNeverBreakTheSegmenter() {
    String only = System.getProperty("wjw.fuzz.input");
    if (only != null) {
      replay(Long.parseLong(only));
      return;
    }
    long started = System.nanoTime();
    for (int from = 0; from < INPUTS; from += BATCH) {
      int first = from;
      assertTimeoutPreemptively(BATCH_LIMIT, () -> {
        long cpu = CPU.getCurrentThreadCpuTime();
        for (long n = first; n < first + BATCH; n++) {
          check(fuzzer.input(n));
        }
        cpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
      }, () -> "inputs " + first + ".." + (first + BATCH - 1) + " did not finish in " + BATCH_LIMIT);
    }
    System.out.printf("fuzz segmenter: %d inputs (%d as bytes: %d decoded, %d rejected with a reason), %d non-blank"
        + " lines given a role, in %.1f s (%.1f s of CPU)%n", INPUTS, decoded + rejected, decoded, rejected, lines,
        (System.nanoTime() - started) / 1e9, cpuNanos / 1e9);
    assertTrue(rejected > 0 && decoded > 0, "both paths of the decoder were exercised");
  }

  private void check(PageFuzzer.Input input) {
    try {
      String text = input.text();
      if (input.bytes() != null) {
        text = decode(input);
        if (text == null) {
          return;
        }
      }
      Article article = segmenter.segment(input.name(), text);
      PageChecks.assertNothingLost(text, article);
      assertFalse(article.notes().stream().anyMatch(n -> n.startsWith(Segmenter.NOTE_FAILED)),
          () -> "the segmenter failed internally: " + article.notes());
      lines += article.lines().size();
    } catch (Throwable e) {
      fail("input " + input.number() + " (" + String.join(", ", input.how()) + "): " + e
          + "; replay with -Dwjw.fuzz.input=" + input.number(), e);
    }
  }

  /** The decoded text, or null when the bytes were rejected with one of the known reasons. */
  private String decode(PageFuzzer.Input input) {
    try {
      DecodedText d = ArticleDecoder.decodeBytes(Path.of(input.name()), input.bytes());
      assertTrue(d.charset().equals("UTF-8") || d.charset().equals("GB18030"), d.charset());
      if (input.roundTrip() != null) {
        assertEquals(input.roundTrip(), d.text(), "undamaged UTF-8 decodes to its text");
      }
      decoded++;
      return d.text();
    } catch (BadArticleException e) {
      assertTrue(e.getMessage().startsWith(input.name() + ": "), e.getMessage());
      assertTrue(REASONS.stream().anyMatch(r -> e.reason().startsWith(r)), () -> "unexpected reason: " + e.reason());
      assertTrue(input.roundTrip() == null || e.reason().equals("empty file") || e.reason().startsWith("binary file"),
          () -> "undamaged UTF-8 rejected: " + e.reason());
      rejected++;
      return null;
    }
  }

  private void replay(long n) {
    PageFuzzer.Input input = fuzzer.input(n);
    try {
      Path out = Files.createDirectories(Path.of("target", "fuzz")).resolve(input.name());
      Files.write(out, input.bytes() != null ? input.bytes() : input.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      System.out.println("fuzz segmenter: input " + n + " (" + String.join(", ", input.how()) + ") written to " + out);
    } catch (IOException e) {
      System.out.println("fuzz segmenter: could not write input " + n + ": " + e);
    }
    check(input);
  }
}
