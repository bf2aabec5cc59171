package wjw.ingest.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;

/** One simulated page side by side with its segmentation, line by line, to reproduce a failure by its seed. */
public final class SimulatedPageDump {
  private SimulatedPageDump() {}

  /**
   * The damage done, the score, then one row per printed line: number, true role and owner, the segmenter's role
   * and owner (marked {@code !!} when a text line went to the wrong officials), and the line.
   */
  public static String describe(long seed) {
    SimulatedPage sim = Simulations.page(seed);
    Article article = new Segmenter().segment(sim.name(), sim.text());
    PageScore score = PageScore.of(sim, article);
    Map<String, Statement> byId = new HashMap<>();
    article.statements().forEach(s -> byId.put(s.id(), s));
    Map<Integer, SourceLine> lines = new HashMap<>();
    article.lines().forEach(l -> lines.put(l.number(), l));
    StringBuilder out = new StringBuilder();
    out.append("seed ").append(seed).append(", page ").append(sim.truth().name()).append('\n');
    sim.damage().forEach(d -> out.append("damage: ").append(d).append('\n'));
    out.append(score).append("\n\n");
    for (LineTruth l : sim.lines()) {
      if (l.role() == TrueRole.BLANK) {
        out.append(String.format("%4d%n", l.number()));
        continue;
      }
      String truth = l.statement() < 0 ? "" : String.join("、", sim.truth().statements().get(l.statement()).names());
      SourceLine got = lines.get(l.number());
      Statement owner = got == null || got.statementId() == null ? null : byId.get(got.statementId());
      String gotOwner = owner == null ? "" : String.join("、", PageScore.names(owner));
      boolean wrong = l.role() == TrueRole.TEXT && !truth.equals(gotOwner);
      out.append(String.format("%4d %-8s %-8s | %-9s %-8s %s %s%n", l.number(), l.role(), truth,
          got == null ? "-" : got.role(), gotOwner, wrong ? "!!" : "  ", abbreviate(l.printed())));
    }
    out.append("\n---- page text ----\n").append(sim.text()).append('\n');
    return out.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 18) + " … " + s.substring(s.length() - 18);
  }

  /** The seeds, for a list like {@code worst pages: …}. */
  static String seeds(List<PageScore> scores) {
    return String.join(", ", scores.stream().map(s -> s.seed() + " (" + s.page() + ", "
        + (s.chars() - s.correct()) + " chars wrong, lost " + s.lost() + ", dup " + s.duplicated() + ")").toList());
  }
}
