package wjw.ingest.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wjw.bench.CorpusGenerator;
import wjw.bench.GeneratedPage;
import wjw.bench.PlannedStatement;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;

/**
 * Pages of recombined seed sentences, every paragraph printed under its own header (the {@code generate} corpus): the
 * sentences keep the places they named in the seeds (a city, 首都, 龙江, 全区) and so name other statements' places, in
 * anybody's statement. Nothing there is displaced, so what does not stay under its printed header is a false move.
 */
class GeneratedPagesTest {
  static final int PAGES = 400;
  static final double MIN_CHARS = 0.99;

  @Test
  void textStaysUnderItsPrintedHeader() {
    CorpusGenerator generator = new CorpusGenerator(Path.of("seeds"), 1);
    Segmenter segmenter = new Segmenter();
    long chars = 0;
    long stayed = 0;
    for (int n = 1; n <= PAGES; n++) {
      GeneratedPage page = generator.page(n);
      Article a = segmenter.segment(page.fileName(), page.text());
      Map<Integer, List<String>> ownerOf = new HashMap<>();
      for (Statement s : a.statements()) {
        for (Paragraph p : s.paragraphs()) {
          p.lines().forEach(line -> ownerOf.put(line, s.officials().stream().map(Official::name).toList()));
        }
      }
      String[] lines = page.text().split("\n", -1);
      List<String> printedUnder = null;
      int statement = -1;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        int k = statement + 1;
        if (k < page.statements().size() && isHeaderOf(line, page.statements().get(k))) {
          statement = k;
          printedUnder = page.statements().get(k).officials().stream().map(Official::name).toList();
          while (i + 1 < lines.length && isHeaderOf(lines[i + 1].strip(), page.statements().get(k))) {
            i++; // the statement's other header lines
          }
          continue;
        }
        if (printedUnder != null && ownerOf.containsKey(i + 1)) {
          chars += line.length();
          stayed += ownerOf.get(i + 1).equals(printedUnder) ? line.length() : 0;
        }
      }
    }
    double share = (double) stayed / chars;
    System.out.printf("generated: %d pages of recombined sentences, chars staying under their printed header"
        + " %.2f%% (%d/%d)%n", PAGES, 100 * share, stayed, chars);
    assertTrue(share >= MIN_CHARS, String.format("%.2f%% < %.1f%%", 100 * share, 100 * MIN_CHARS));
  }

  private static boolean isHeaderOf(String line, PlannedStatement s) {
    return line.startsWith(s.province() + "卫生健康委");
  }
}
