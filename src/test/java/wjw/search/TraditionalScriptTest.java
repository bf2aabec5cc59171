package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import wjw.Backend;
import wjw.ingest.model.Statement;

/**
 * Traditional characters, as Hong Kong and Taiwan sources print them: the seeds rendered in traditional script by
 * ICU4J's Simplified-Traditional transform, indexed, and queried in both scripts. The literal promise holds with
 * the two forms of a character counted as one: every statement containing the string is found, and only those.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TraditionalScriptTest {
  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

  /** The backend of this run of the class (the set-up below receives it). */
  @Parameter Backend backend;

  @TempDir static Path work;
  static Backend.Built traditional;
  static Backend.Built simplified;
  static SearchService traditionalIndex;
  static SearchService simplifiedIndex;
  static List<Statement> traditionalStatements;
  static List<Statement> simplifiedStatements;

  @BeforeParameterizedClassInvocation
  static void indexBothScripts(Backend backend) throws Exception {
    Path dir = work.resolve(backend.name());
    Path traditionalSeeds = dir.resolve("traditional-seeds");
    Files.createDirectories(traditionalSeeds);
    try (var pages = Files.list(SeedIndex.SEEDS)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(traditionalSeeds.resolve(page.getFileName()), TO_TRADITIONAL.transliterate(text));
      }
    }
    traditional = backend.build(traditionalSeeds, dir.resolve("traditional-index"));
    traditionalIndex = traditional.service();
    traditionalStatements = SeedIndex.statements(traditionalSeeds);
    simplified = backend.build(SeedIndex.SEEDS, dir.resolve("simplified-index"));
    simplifiedIndex = simplified.service();
    simplifiedStatements = SeedIndex.statements();
  }

  @AfterParameterizedClassInvocation
  static void close() throws Exception {
    try (Backend.Built t = traditional; Backend.Built s = simplified) {
      traditional = null;
      simplified = null;
    }
  }

  @Test
  void queriesInEitherScriptFindExactlyTheStatementsContainingThemInEitherScript() {
    Set<String> simplifiedQueries = LiteralSubstringTest.sampledSubstrings(simplifiedStatements, new Random(15), 1000);
    List<String> mismatches = new ArrayList<>();
    int changedByScript = 0;
    long expectedHits = 0;
    for (String simplified : simplifiedQueries) {
      String traditional = TO_TRADITIONAL.transliterate(simplified);
      if (!traditional.equals(simplified)) changedByScript++;
      for (String query : List.of(simplified, traditional)) {
        for (var corpus : List.of(new Corpus(traditionalIndex, traditionalStatements),
            new Corpus(simplifiedIndex, simplifiedStatements))) {
          Set<String> expected = LiteralSubstringTest.expected(corpus.statements(), query);
          Set<String> found = LiteralSubstringTest.found(corpus.service(), query);
          expectedHits += expected.size();
          if (!expected.equals(found)) mismatches.add(query + " expected " + expected + " found " + found);
        }
      }
    }
    System.out.printf("traditional script (%s): %d sampled strings (%d differ in traditional), 4 ways each "
        + "(query script × page script), %d expected hits, %d mismatches%n", simplifiedIndex,
        simplifiedQueries.size(), changedByScript, expectedHits, mismatches.size());
    assertTrue(changedByScript > simplifiedQueries.size() / 3, "the rendering must change many queries");
    assertEquals(List.of(), mismatches);
  }

  @Test
  void traditionalQueryFindsTheSimplifiedStatementsAndMarksThePrintedCharacters() {
    SearchResult simplified = simplifiedIndex.search(new SearchRequest("医共体", null, null, null, 0, 100));
    SearchResult traditional = simplifiedIndex.search(new SearchRequest("醫共體", null, null, null, 0, 100));
    assertTrue(simplified.total() > 0);
    assertEquals(ids(simplified), ids(traditional));
    assertTrue(traditional.hits().stream().allMatch(h -> h.highlights().stream().anyMatch(p -> p.contains("<mark>医共体</mark>"))),
        "highlights mark the characters as printed");
    SearchResult onTraditionalPages = traditionalIndex.search(new SearchRequest("医共体", null, null, null, 0, 100));
    assertEquals(LiteralSubstringTest.expected(traditionalStatements, "医共体").size(), onTraditionalPages.total());
    assertTrue(onTraditionalPages.hits().get(0).highlights().stream().anyMatch(p -> p.contains("<mark>醫共體</mark>")),
        "on traditional pages the traditional characters are marked: " + onTraditionalPages.hits().get(0).highlights());
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).sorted().toList();
  }

  private record Corpus(SearchService service, List<Statement> statements) {}
}
