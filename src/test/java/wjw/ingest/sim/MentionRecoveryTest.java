package wjw.ingest.sim;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;

/**
 * Never move text on a mere mention: on undamaged pages whose statements name other statements' provinces
 * (cooperation, aid, regional strategies, comparisons, anywhere in a statement), at least {@link #MIN_CHARS} of the
 * characters stay with their officials. Every paragraph there is printed under its own header, so whatever moves is a
 * false move; those are counted apart from the repairs the damaged pages need.
 */
class MentionRecoveryTest {
  static final int PAGES = 600;
  static final double MIN_CHARS = 0.995;

  @Test
  void mentionsOfOtherProvincesMoveNothing() {
    Segmenter segmenter = new Segmenter();
    PageScore total = null;
    long movedParagraphs = 0;
    long movedChars = 0;
    long uncertain = 0;
    for (long seed = 1; seed <= PAGES; seed++) {
      SimulatedPage sim = MentionPages.page(SeedTruth.pages().get((int) (seed % 2)), seed);
      Article article = segmenter.segment(sim.name(), sim.text());
      PageScore score = PageScore.of(sim, article);
      total = total == null ? score : total.plus(score);
      Map<Integer, Integer> printedUnder = printedUnder(sim);
      for (int k = 0; k < article.statements().size(); k++) {
        Statement s = article.statements().get(k);
        for (Paragraph p : s.paragraphs()) {
          boolean moved = p.lines().stream().anyMatch(n -> !PageScore.names(s).equals(
              sim.truth().statements().get(printedUnder.get(n)).names()));
          if (moved) {
            movedParagraphs++;
            movedChars += p.text().length();
          }
          uncertain += p.attribution().confidence().equals(Attribution.UNCERTAIN) ? 1 : 0;
        }
      }
    }
    PageScore t = total;
    double chars = (double) t.correct() / t.chars();
    System.out.printf("mentions: %d undamaged pages naming other provinces, chars attributed correctly %.2f%% (%d/%d),"
            + " false moves %d paragraphs (%d chars), paragraphs marked uncertain %d, lost %d, duplicated %d%n",
        PAGES, 100 * chars, t.correct(), t.chars(), movedParagraphs, movedChars, uncertain, t.lost(), t.duplicated());
    assertAll(
        () -> assertTrue(chars >= MIN_CHARS,
            String.format("chars attributed correctly %.2f%% < %.1f%%", 100 * chars, 100 * MIN_CHARS)),
        () -> assertEquals(0, t.lost(), "text lines lost"),
        () -> assertEquals(0, t.duplicated(), "text lines duplicated"));
  }

  /** Text line number → the statement it is printed under (the true one: these pages are undamaged). */
  private static Map<Integer, Integer> printedUnder(SimulatedPage sim) {
    Map<Integer, Integer> under = new HashMap<>();
    for (LineTruth l : sim.lines()) {
      if (l.role().statementText()) {
        under.put(l.number(), l.statement());
      }
    }
    return under;
  }

  /** Writes target/sim/mentions-N.txt for -Dwjw.sim.mentions=N. */
  @Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "wjw.sim.mentions", matches = "\\d+")
  void dumpOnePage() throws Exception {
    long seed = Long.parseLong(System.getProperty("wjw.sim.mentions"));
    SimulatedPage sim = MentionPages.page(SeedTruth.pages().get((int) (seed % 2)), seed);
    java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "sim"));
    java.nio.file.Files.writeString(dir.resolve("mentions-" + seed + ".txt"), sim.text());
    System.out.println("mentions: " + String.join("\n  ", List.copyOf(sim.damage())));
  }
}
