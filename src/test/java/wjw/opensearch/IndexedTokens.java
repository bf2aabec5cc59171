package wjw.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The tokens Lucene writes for the values of one field, with the positions and offsets the index
 * gets: value after value, the analyzer's position gap and offset gap between them, as Lucene's
 * indexing chain (and OpenSearch's {@code _analyze} over a list of texts) counts them.
 */
record IndexedTokens(String term, int position, int start, int end, String type, int positionLength) {

  static List<IndexedTokens> of(Analyzer analyzer, String field, List<String> values) {
    List<IndexedTokens> tokens = new ArrayList<>();
    int position = -1;
    int offset = 0;
    boolean first = true;
    for (String value : values) {
      if (!first) {
        position += analyzer.getPositionIncrementGap(field);
        offset += analyzer.getOffsetGap(field);
      }
      first = false;
      try (TokenStream stream = analyzer.tokenStream(field, value)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
        OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
        TypeAttribute type = stream.addAttribute(TypeAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          position += increment.getPositionIncrement();
          tokens.add(new IndexedTokens(term.toString(), position, offset + offsets.startOffset(),
              offset + offsets.endOffset(), type.type(), length.getPositionLength()));
        }
        stream.end();
        position += increment.getPositionIncrement();
        offset += offsets.endOffset();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tokens;
  }

  @Override
  public String toString() {
    return term + "@" + position + "[" + start + "," + end + ")" + type + (positionLength == 1 ? "" : "/len" + positionLength);
  }
}
