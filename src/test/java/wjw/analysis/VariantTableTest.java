package wjw.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import wjw.ingest.text.HanVariants;

/**
 * The variant table is ICU's Traditional-Simplified transform, character by character, and nothing else: it is
 * regenerated here from ICU4J and compared entry by entry. After an ICU upgrade that changes it, the test writes
 * the new table to target/ and says where to copy it.
 */
class VariantTableTest {
  private static final Path RESOURCE = Path.of("src/main/resources/wjw/ingest/text", HanVariants.TABLE);

  @Test
  void tableIsIcusTraditionalToSimplifiedTransformPerCharacter() throws IOException {
    Map<String, String> fromIcu = icuTable();
    if (!fromIcu.equals(HanVariants.mappings())) {
      Path fresh = Path.of("target", HanVariants.TABLE);
      Files.writeString(fresh, render(fromIcu), StandardCharsets.UTF_8);
      throw new AssertionError("the variant table differs from ICU4J's Traditional-Simplified transform ("
          + fromIcu.size() + " entries from ICU, " + HanVariants.mappings().size() + " in the table): copy "
          + fresh + " to " + RESOURCE);
    }
    assertTrue(fromIcu.size() > 2500, "ICU changes thousands of characters: " + fromIcu.size());
  }

  @Test
  void everyVariantBecomesOneHanCharacterSoTokensKeepTheirBoundaries() {
    HanVariants.mappings().forEach((from, to) -> {
      assertEquals(1, to.codePointCount(0, to.length()), from + " → " + to);
      assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(to.codePointAt(0)), from + " → " + to);
    });
  }

  @Test
  void bothAnalysesReadTraditionalAsSimplifiedWithOffsetsOnThePrintedCharacters() {
    Analyzer literal = new LiteralAnalyzer();
    List<AnalyzedToken> traditional = Tokens.analyze(literal, "text", "推進醫共體建設");
    List<AnalyzedToken> simplified = Tokens.analyze(literal, "text", "推进医共体建设");
    assertEquals(simplified, traditional);
    Analyzer words = WordAnalyzer.create();
    assertEquals(terms(Tokens.analyze(words, "text_words", "衛生健康委員會推進醫療改革")),
        terms(Tokens.analyze(words, "text_words", "卫生健康委员会推进医疗改革")));
  }

  private static List<String> terms(List<AnalyzedToken> tokens) {
    return tokens.stream().map(AnalyzedToken::term).toList();
  }

  /** ICU's transform of every Han code point that it changes, in code point order. */
  static Map<String, String> icuTable() {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    Map<String, String> table = new LinkedHashMap<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) continue;
      String ch = Character.toString(cp);
      String simplified = toSimplified.transliterate(ch);
      if (!simplified.equals(ch)) table.put(ch, simplified);
    }
    return table;
  }

  private static String render(Map<String, String> table) {
    StringBuilder out = new StringBuilder("# Traditional/variant Han character<TAB>simplified: ICU4J "
        + com.ibm.icu.util.VersionInfo.ICU_VERSION + " Transliterator \"Traditional-Simplified\" applied to each Han"
        + " code point alone.\n# Generated and checked by VariantTableTest; do not edit by hand.\n");
    table.forEach((from, to) -> out.append(from).append('\t').append(to).append('\n'));
    return out.toString();
  }

  /** Writes the table from ICU4J into the resources folder (run once, or after an ICU upgrade). */
  public static void main(String[] args) throws IOException {
    Files.writeString(RESOURCE, render(icuTable()), StandardCharsets.UTF_8);
  }
}
