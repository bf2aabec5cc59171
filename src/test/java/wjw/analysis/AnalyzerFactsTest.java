package wjw.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The facts about smartcn and the bigram analysis that the literal-search design rests on. */
class AnalyzerFactsTest {
  private final Analyzer words = WordAnalyzer.create();
  private final Analyzer literal = new LiteralAnalyzer();

  private List<String> terms(Analyzer analyzer, String text) {
    return Tokens.analyze(analyzer, "f", text).stream().map(AnalyzedToken::term).toList();
  }

  @Test
  void smartcnSplitsUnknownNamesAndWordsIntoPieces() {
    assertEquals(List.of("钟", "东", "波"), terms(words, "钟东波"));
    assertEquals(List.of("医", "共", "体"), terms(words, "医共体"));
    assertEquals(List.of("京津", "冀"), terms(words, "京津冀"));
  }

  @Test
  void literalAnalysisEmitsEveryBigramWithItsUnigrams() {
    assertEquals(List.of("医", "医共", "共", "共体", "体"), terms(literal, "医共体"));
  }

  @Test
  void literalTokensOfARunAreItsConsecutiveBigrams() {
    List<AnalyzedToken> tokens = Tokens.literal(literal, "f", "紧密型县域医共体");
    assertEquals(List.of("紧密", "密型", "型县", "县域", "域医", "医共", "共体"),
        tokens.stream().map(AnalyzedToken::term).toList());
    for (int i = 1; i < tokens.size(); i++) {
      assertEquals(tokens.get(i - 1).position() + 1, tokens.get(i).position());
    }
  }

  @Test
  void aLoneCharacterIsKeptAsAUnigram() {
    assertEquals(List.of("药"), Tokens.literal(literal, "f", "药").stream().map(AnalyzedToken::term).toList());
  }

  @Test
  void punctuationBreaksBigramsSoNoPhraseCanBridgeIt() {
    List<String> terms = terms(literal, "医共。共体");
    assertTrue(!terms.contains("共共"), terms.toString());
    // 医共 at position 0 and 共体 at position 3: not consecutive, so no 医共体 phrase match
    List<AnalyzedToken> tokens = Tokens.analyze(literal, "f", "医共。共体");
    int first = tokens.stream().filter(t -> t.term().equals("医共")).findFirst().orElseThrow().position();
    int second = tokens.stream().filter(t -> t.term().equals("共体")).findFirst().orElseThrow().position();
    assertTrue(second - first > 1, "positions " + first + ", " + second);
  }

  @Test
  void fullWidthLatinAndDigitsAreFoldedAndLowerCased() {
    assertEquals(List.of("5g", "ai"), terms(literal, "５Ｇ ＡＩ"));
  }
}
