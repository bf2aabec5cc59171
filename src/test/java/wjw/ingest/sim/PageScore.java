package wjw.ingest.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import wjw.ingest.model.Article;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;

/**
 * How well one segmentation recovers a simulated page: true text characters and how many of them ended up under the
 * right officials (and would have by position alone), true paragraphs and how many came back intact, and text lines
 * lost (in no paragraph) or duplicated (in several).
 */
public record PageScore(long seed, String page, long chars, long correct, long positional, int paragraphs,
    int intact, int lost, int duplicated) {

  /** Scores {@code article}, the segmentation of {@code sim}'s text. */
  public static PageScore of(SimulatedPage sim, Article article) {
    TruePage truth = sim.truth();
    Map<Integer, List<Statement>> owners = new HashMap<>();
    for (Statement s : article.statements()) {
      for (Paragraph p : s.paragraphs()) {
        for (int n : p.lines()) {
          owners.computeIfAbsent(n, k -> new ArrayList<>()).add(s);
        }
      }
    }
    long chars = 0;
    long correct = 0;
    long positional = 0;
    int lost = 0;
    int duplicated = 0;
    int underHeader = -1; // the true statement whose header was printed last
    for (LineTruth l : sim.lines()) {
      if (l.role() == TrueRole.HEADER) {
        underHeader = l.statement();
      }
      if (!l.role().statementText()) {
        continue;
      }
      chars += l.length();
      if (underHeader == l.statement()) {
        positional += l.length();
      }
      List<Statement> found = owners.getOrDefault(l.number(), List.of());
      if (found.isEmpty()) {
        lost++;
      } else if (found.size() > 1) {
        duplicated++;
      } else if (names(found.get(0)).equals(truth.statements().get(l.statement()).names())) {
        correct += l.length();
      }
    }
    int paragraphs = 0;
    int intact = 0;
    for (TrueStatement t : truth.statements()) {
      String recovered = article.statements().stream().filter(s -> names(s).equals(t.names()))
          .map(Statement::text).collect(Collectors.joining(Statement.PARAGRAPH_SEPARATOR));
      for (TrueParagraph p : t.paragraphs()) {
        paragraphs++;
        if (recovered.contains(p.text())) {
          intact++;
        }
      }
    }
    return new PageScore(sim.seed(), truth.name(), chars, correct, positional, paragraphs, intact, lost,
        duplicated);
  }

  /** The sum of two scores (seed and page of this one). */
  public PageScore plus(PageScore o) {
    return new PageScore(seed, page, chars + o.chars, correct + o.correct, positional + o.positional,
        paragraphs + o.paragraphs, intact + o.intact, lost + o.lost, duplicated + o.duplicated);
  }

  /** How bad the page is: lost or duplicated lines first, then misattributed characters. */
  public long badness() {
    return (lost + duplicated) * 1_000_000L + (chars - correct);
  }

  static List<String> names(Statement s) {
    return s.officials().stream().map(Official::name).toList();
  }
}
