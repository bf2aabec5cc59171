package wjw.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The recall analysis: Han characters as overlapping bigrams plus unigrams, Latin and digits as
 * lower-cased words, full-width forms folded, traditional characters read as simplified ({@link VariantFolding}).
 *
 * <p>Why bigrams: smartcn splits unknown words (钟东波, 医共体) into single characters and segments
 * the same characters differently in different contexts, so phrases over its tokens miss real
 * occurrences. A phrase of consecutive bigrams matches exactly the statements that contain the
 * characters in a row. Why unigrams too: every character then takes its own position, so a bigram
 * phrase cannot bridge punctuation (医共。共体 holds no 医共体), and single-character queries work.
 */
public final class LiteralAnalyzer extends Analyzer {

  /** Positions between values of a multi-valued field, so no phrase matches across two values. */
  public static final int VALUE_GAP = 100;

  static final int SCRIPTS =
      CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return VariantFolding.wrap(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new CJKWidthFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new CJKBigramFilter(stream, SCRIPTS, true);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }
}
