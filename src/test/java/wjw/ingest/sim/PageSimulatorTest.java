package wjw.ingest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import wjw.ingest.text.TextUtil;

/** The simulator only splits text and tells the truth about every line it prints. */
class PageSimulatorTest {
  private static final List<TruePage> PAGES = SeedTruth.pages();
  private static final int SEEDS = 400;

  @Test
  void everyTrueCharacterPrintedOnce() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      TruePage page = PAGES.get((int) (seed % PAGES.size()));
      SimulatedPage sim = new PageSimulator().simulate(page, seed);
      String[] printed = sim.text().split("\r\n|\n", -1);
      assertEquals(printed.length, sim.lines().size(), "one truth per printed line, seed " + seed);
      for (int s = 0; s < page.statements().size(); s++) {
        List<TrueParagraph> paragraphs = page.statements().get(s).paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
          assertEquals(paragraphs.get(p).text(), rebuilt(sim, TrueRole.TEXT, s, p), "seed " + seed + " s" + s + " p" + p);
        }
      }
      for (int p = 0; p < page.lead().size(); p++) {
        assertEquals(page.lead().get(p), rebuilt(sim, TrueRole.LEAD, -1, p), "seed " + seed + " lead " + p);
      }
      for (LineTruth l : sim.lines()) {
        assertEquals(printed[l.number() - 1], l.printed());
        assertEquals(l.role() == TrueRole.BLANK, TextUtil.trim(l.printed()).isEmpty(), "seed " + seed + " line " + l);
      }
    }
  }

  @Test
  void deterministic() {
    for (long seed : new long[] {1, 2, 77, 12345}) {
      TruePage page = PAGES.get((int) (seed % 2));
      assertEquals(new PageSimulator().simulate(page, seed), new PageSimulator().simulate(page, seed));
    }
  }

  @Test
  void everyKindOfDamageOccurs() {
    Set<String> seen = new TreeSet<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      SimulatedPage sim = new PageSimulator().simulate(PAGES.get((int) (seed % 2)), seed);
      for (String d : sim.damage()) {
        seen.add(d.replaceAll("[\\d\\[\\], ]+.*", "").replaceAll("^(block|caption).*", "$1"));
      }
      if (sim.text().contains("\u3000")) {
        seen.add("full-width space");
      }
      if (sim.text().contains("# ")) {
        seen.add("markdown headline");
      }
    }
    for (String kind : List.of("block", "caption", "statements", "CRLF", "trailing", "organization", "byline",
        "full-width space", "markdown headline")) {
      assertTrue(seen.contains(kind), kind + " never happened: " + seen);
    }
  }

  /** The paragraph's text from its printed pieces, in the order of their offsets. */
  private static String rebuilt(SimulatedPage sim, TrueRole role, int statement, int paragraph) {
    StringBuilder text = new StringBuilder();
    int next = 0;
    List<LineTruth> pieces = sim.lines().stream()
        .filter(l -> l.role() == role && l.statement() == statement && l.paragraph() == paragraph)
        .sorted((a, b) -> Integer.compare(a.from(), b.from())).toList();
    for (LineTruth l : pieces) {
      assertEquals(next, l.from(), "pieces of a paragraph neither overlap nor leave a gap");
      text.append(TextUtil.trim(l.printed()));
      assertEquals(l.length(), TextUtil.trim(l.printed()).length(), "a trimmed line is exactly its piece");
      next = l.to();
    }
    return text.toString();
  }
}
