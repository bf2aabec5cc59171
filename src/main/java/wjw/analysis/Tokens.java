package wjw.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Runs an analyzer over a string and returns its tokens with absolute positions. */
public final class Tokens {
  private Tokens() {}

  public static List<AnalyzedToken> analyze(Analyzer analyzer, String field, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new AnalyzedToken(
            term.toString(), position, offset.startOffset(), offset.endOffset(), type.type()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string in memory failed", e);
    }
    return tokens;
  }

  /**
   * The tokens that pin down a literal string: every bigram, every single character that no bigram
   * covers (a lone Han character), and every non-CJK token. Consecutive positions among them mean
   * the characters stand in a row.
   */
  public static List<AnalyzedToken> literal(Analyzer literalAnalyzer, String field, String text) {
    List<AnalyzedToken> all = analyze(literalAnalyzer, field, text);
    List<AnalyzedToken> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).isUnigram() || !coveredByBigram(all, i)) {
        kept.add(all.get(i));
      }
    }
    return kept;
  }

  /** The filter emits a bigram right after its first character's unigram and right before its second's. */
  private static boolean coveredByBigram(List<AnalyzedToken> all, int i) {
    AnalyzedToken unigram = all.get(i);
    for (int j = Math.max(0, i - 1); j <= Math.min(all.size() - 1, i + 1); j++) {
      AnalyzedToken other = all.get(j);
      if (other.isBigram() && other.start() <= unigram.start() && other.end() >= unigram.end()) {
        return true;
      }
    }
    return false;
  }
}
