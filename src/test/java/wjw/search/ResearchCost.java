package wjw.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not run by {@code mvn verify}: on the index named by {@code -Dindex=DIR} (e.g. 100k generated
 * statements), what the suggester costs to build when a generation opens and to hold, and a few lookups. Run with
 * {@code mvn test -Dtest=ResearchCost -Dindex=/path/to/index}; docs/research.md gives the figures.
 */
class ResearchCost {
  @Test
  void suggesterBuildAndLookups() throws Exception {
    String dir = System.getProperty("index");
    if (dir == null) {
      System.out.println("ResearchCost: set -Dindex=DIR");
      return;
    }
    Path generation = new wjw.index.IndexStore(Path.of(dir)).current().orElseThrow();
    IndexSnapshot snapshot = IndexSnapshot.open(generation);
    try {
      for (int run = 1; run <= 3; run++) {
        long start = System.nanoTime();
        Suggester built = Suggester.build(snapshot.reader, snapshot.catalog.officials());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "suggester build %d: %d ms, %.1f MB held, %d statements%n", run, ms,
            built.ramBytesUsed() / 1e6, snapshot.reader.numDocs());
      }
      for (String prefix : List.of("钟", "托", "医共", "互联")) {
        long start = System.nanoTime();
        List<Suggestion> s = snapshot.suggester().suggest(prefix, 8);
        System.out.printf(Locale.ROOT, "suggest %s: %.2f ms %s%n", prefix, (System.nanoTime() - start) / 1e6,
            s.stream().map(x -> x.text() + " " + x.statements()).toList());
      }
    } finally {
      snapshot.release();
    }
  }
}
