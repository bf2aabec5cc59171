package wjw.analysis;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import wjw.ingest.layout.Lexicon;

/**
 * smartcn's dictionary as a {@link Lexicon}: a word spans a break when smartcn, segmenting a few
 * characters on each side of it, returns a token that starts before the break and ends after it.
 * smartcn returns unknown strings as single characters, so a spanning token is a dictionary word.
 */
public final class SmartcnLexicon implements Lexicon {
  private static final int CONTEXT = 4;
  private final Analyzer words = WordAnalyzer.create();

  @Override
  public Optional<String> wordAcross(String left, String right) {
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    String l = left.substring(Math.max(0, left.length() - CONTEXT));
    String r = right.substring(0, Math.min(CONTEXT, right.length()));
    int boundary = l.length();
    String window = l + r;
    for (AnalyzedToken token : Tokens.analyze(words, "lexicon", window)) {
      if (token.start() < boundary && token.end() > boundary && token.end() - token.start() >= 2) {
        return Optional.of(window.substring(token.start(), token.end()));
      }
    }
    return Optional.empty();
  }
}
