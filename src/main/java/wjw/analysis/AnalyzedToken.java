package wjw.analysis;

/** One token of an analysed string: term, absolute position, offsets and Lucene token type. */
public record AnalyzedToken(String term, int position, int start, int end, String type) {

  /** A Han bigram (two characters in a row). */
  public boolean isBigram() {
    return "<DOUBLE>".equals(type);
  }

  /** A single CJK character emitted next to the bigrams. */
  public boolean isUnigram() {
    return "<SINGLE>".equals(type);
  }
}
