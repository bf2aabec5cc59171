package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wjw.ingest.model.Article;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;
import wjw.ingest.sim.HeaderTypesetter;
import wjw.ingest.sim.SimulatedPage;
import wjw.ingest.sim.Simulations;
import wjw.ingest.text.HanVariants;
import wjw.ingest.text.Markup;
import wjw.ingest.text.TextUtil;

/**
 * A page printed in traditional characters (衛生健康委 黨組書記、主任) segments and attributes like its simplified twin:
 * the seeds and simulated pages are rendered in traditional script from {@link HanVariants}' table, every character
 * with a traditional form getting one (picked at random among its forms, the same one all over the page), and must
 * give the same statements, officials, provinces, paragraphs and line roles — with every text as printed.
 */
class TraditionalPagesTest {
  private static final Segmenter SEGMENTER = new Segmenter();

  @ParameterizedTest
  @ValueSource(strings = {"000_d51fea8ea64b6d2e.txt", "002_10f19fc5a49f6661.txt"})
  void aSeedInTraditionalScriptSegmentsAsItsSimplifiedTwin(String seed) throws Exception {
    String simplified = Files.readString(Path.of("seeds", seed), StandardCharsets.UTF_8);
    Traditional script = new Traditional(new Random(seed.hashCode()));
    String traditional = script.render(simplified);
    assertTrue(traditional.contains("衛生健康委") && traditional.contains("黨組書記、主任"), "rendered in traditional script");
    Article twin = SEGMENTER.segment(seed, simplified);
    Article article = SEGMENTER.segment(seed, traditional);
    PageChecks.assertNothingLost(traditional, article);
    assertSameAsPrintedIn(script::render, twin, article);
  }

  /** The simulator's damaged pages, headers in every family's layout, in traditional script. */
  @Test
  void simulatedPagesInTraditionalScriptSegmentAsTheirSimplifiedTwins() {
    List<Executable> checks = new ArrayList<>();
    for (HeaderTypesetter.Family family : HeaderTypesetter.Family.values()) {
      for (long seed = 0; seed < 12; seed++) {
        SimulatedPage page = Simulations.page(seed, family);
        Traditional script = new Traditional(new Random(seed));
        Article twin = SEGMENTER.segment(page.name(), page.text());
        Article article = SEGMENTER.segment(page.name(), script.render(page.text()));
        checks.add(() -> assertSameAsPrintedIn(script::render, twin, article));
      }
    }
    assertAll(checks);
  }

  /**
   * A page mixing the two scripts, as pages keyed in by hand do (a character now in one form, now in the other):
   * still the same segmentation, and the text of every paragraph, header and headline is the page's, as printed.
   */
  @Test
  void aPageMixingTheScriptsKeepsEachCharacterAsPrinted() throws Exception {
    String simplified = Files.readString(Path.of("seeds", "000_d51fea8ea64b6d2e.txt"), StandardCharsets.UTF_8);
    Random random = new Random(7);
    Traditional script = new Traditional(random);
    StringBuilder mixed = new StringBuilder();
    simplified.codePoints().forEach(cp -> mixed.append(random.nextBoolean()
        ? script.render(Character.toString(cp)) : Character.toString(cp)));
    String[] lines = mixed.toString().split("\r\n|\r|\n", -1);
    Article twin = SEGMENTER.segment("mixed.txt", simplified);
    Article article = SEGMENTER.segment("mixed.txt", mixed.toString());
    PageChecks.assertNothingLost(mixed.toString(), article);
    assertSameAsPrintedIn(HanVariants::fold, fold(twin), fold(article));
    List<Executable> checks = new ArrayList<>();
    for (Statement s : article.statements()) {
      for (Paragraph p : s.paragraphs()) {
        StringBuilder printed = new StringBuilder();
        p.lines().forEach(n -> printed.append(Markup.text(TextUtil.trim(lines[n - 1]))));
        checks.add(() -> assertEquals(printed.toString(), p.text(), s.id()));
      }
      checks.add(() -> assertTrue(mixed.indexOf(s.organization()) >= 0, s.organization()));
      for (Official o : s.officials()) {
        checks.add(() -> assertTrue(mixed.indexOf(o.name()) >= 0, o.name()));
        checks.add(() -> assertTrue(mixed.indexOf(o.title()) >= 0, o.title()));
      }
    }
    checks.add(() -> assertTrue(mixed.indexOf(article.headline()) >= 0, article.headline()));
    assertAll(checks);
  }

  /**
   * {@code printed} is {@code twin} with its text as {@code render} prints it: provinces stay as they are (one name
   * per province in every script), attribution evidence is compared folded (it quotes the text as read).
   */
  private static void assertSameAsPrintedIn(UnaryOperator<String> render, Article twin, Article printed) {
    List<Executable> checks = new ArrayList<>();
    String page = twin.source() + ": ";
    checks.add(() -> assertEquals(render.apply(twin.headline()), printed.headline(), page + "headline"));
    checks.add(() -> assertEquals(render.apply(twin.lead()), printed.lead(), page + "lead"));
    checks.add(() -> assertEquals(twin.reporters().stream().map(render).toList(), printed.reporters(), page + "reporters"));
    checks.add(() -> assertEquals(twin.year(), printed.year(), page + "year"));
    checks.add(() -> assertEquals(twin.notes(), printed.notes(), page + "notes"));
    checks.add(() -> assertEquals(twin.statements().size(), printed.statements().size(), page + "statements"));
    for (int i = 0; i < Math.min(twin.statements().size(), printed.statements().size()); i++) {
      Statement a = twin.statements().get(i);
      Statement b = printed.statements().get(i);
      String at = page + a.id() + " ";
      checks.add(() -> assertEquals(a.id(), b.id(), at + "id"));
      checks.add(() -> assertEquals(a.province(), b.province(), at + "province"));
      checks.add(() -> assertEquals(render.apply(a.organization()), b.organization(), at + "organization"));
      checks.add(() -> assertEquals(a.officials().stream().map(o -> new Official(render.apply(o.name()),
          render.apply(o.title()))).toList(), b.officials(), at + "officials"));
      checks.add(() -> assertEquals(a.paragraphs().stream().map(p -> new Paragraph(render.apply(p.text()), p.lines(),
          new Attribution(p.attribution().rule(), HanVariants.fold(p.attribution().evidence()),
              p.attribution().confidence()), p.role())).toList(),
          b.paragraphs().stream().map(p -> new Paragraph(p.text(), p.lines(), new Attribution(
              p.attribution().rule(), HanVariants.fold(p.attribution().evidence()), p.attribution().confidence()),
              p.role())).toList(), at + "paragraphs"));
    }
    checks.add(() -> assertEquals(twin.lines().stream().map(l -> new SourceLine(l.number(), render.apply(l.text()),
        l.role(), l.statementId())).toList(), printed.lines(), page + "lines"));
    assertAll(checks);
  }

  /** {@code article} with its texts folded: what a mixed page must agree with its twin on. */
  private static Article fold(Article a) {
    List<Statement> statements = a.statements().stream().map(s -> new Statement(s.id(), s.articleId(), s.year(),
        s.province(), HanVariants.fold(s.organization()), s.officials().stream()
            .map(o -> new Official(HanVariants.fold(o.name()), HanVariants.fold(o.title()))).toList(),
        s.paragraphs().stream().map(p -> new Paragraph(HanVariants.fold(p.text()), p.lines(), p.attribution(),
            p.role())).toList())).toList();
    return new Article(a.source(), a.id(), a.year(), a.date(), HanVariants.fold(a.headline()),
        HanVariants.fold(a.lead()), a.reporters().stream().map(HanVariants::fold).toList(), statements,
        a.lines().stream().map(l -> new SourceLine(l.number(), HanVariants.fold(l.text()), l.role(), l.statementId()))
            .toList(), a.notes());
  }

  /**
   * Simplified characters rendered in one of their traditional forms from {@link HanVariants}' table, chosen at random
   * once per character. A character the table itself folds (著, printed alike in both scripts) stays as it is.
   */
  private static final class Traditional {
    private static final Map<String, List<String>> FORMS = new HashMap<>();

    static {
      HanVariants.mappings().forEach((traditional, simplified) ->
          FORMS.computeIfAbsent(simplified, k -> new ArrayList<>()).add(traditional));
    }

    private final Random random;
    private final Map<String, String> chosen = new HashMap<>();

    Traditional(Random random) {
      this.random = random;
    }

    String render(String text) {
      if (text == null) {
        return null;
      }
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        String c = Character.toString(cp);
        List<String> forms = HanVariants.mappings().containsKey(c) ? null : FORMS.get(c);
        out.append(forms == null ? c : chosen.computeIfAbsent(c, k -> forms.get(random.nextInt(forms.size()))));
      });
      return out.toString();
    }
  }
}
