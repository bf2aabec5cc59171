package wjw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import wjw.index.Fields;

/**
 * Highlights statement text from the offsets stored in the postings (or, built without a searcher,
 * from the text analysed in memory): best sentences for a hit list, or the whole text for the
 * statement view. Output is always HTML-escaped.
 */
final class Passages extends UnifiedHighlighter {
  /** Longer statements than this are highlighted only in their first part (Lucene's default is 10,000). */
  private static final int MAX_LENGTH = 1_000_000;

  private Passages(Builder builder) {
    super(builder);
  }

  /** Up to {@code max} best sentences per hit; when nothing in the text matched, its first sentence. */
  static Passages sentences(IndexSearcher searcher, Analyzer analyzer) {
    return new Passages(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(SentenceBreakIterator::new)
        .withFormatter(new MarkPassageFormatter())
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(1));
  }

  /** The whole text as one passage, matches marked. */
  static Passages whole(IndexSearcher searcher, Analyzer analyzer) {
    return new Passages(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new MarkPassageFormatter())
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(1));
  }

  /**
   * The first sentence of {@code text}, HTML-escaped and unmarked: what a hit shows when there was
   * no time left to highlight it (as the highlighter shows a statement in which nothing matched).
   */
  static List<String> opening(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    SentenceBreakIterator sentences = new SentenceBreakIterator();
    sentences.setText(text);
    int end = sentences.next();
    return List.of(Html.escape(text.substring(0, end == SentenceBreakIterator.DONE ? text.length() : end).strip()));
  }

  /**
   * The formatted passages of {@code text} as the statement text of a document, analysed here rather than read
   * from an index: for a highlighter built without a searcher, highlighting what another engine found. The
   * analysis is the index's, so the marks and passages are those the postings give.
   */
  @SuppressWarnings("unchecked")
  List<String> highlightText(Query query, String text, int maxPassages) throws IOException {
    Object value = text == null ? null : highlightWithoutSearcher(Fields.TEXT, query, text, maxPassages);
    return value == null ? List.of() : (List<String>) value;
  }

  /** For each doc id (in the given order), its formatted passages; empty when it has none. */
  @SuppressWarnings("unchecked")
  List<List<String>> highlight(Query query, int[] docIds, int maxPassages) throws IOException {
    int[] max = {maxPassages};
    Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docIds, max);
    Object[] perDoc = byField.get(Fields.TEXT);
    List<List<String>> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Object value = perDoc == null ? null : perDoc[i];
      out.add(value == null ? List.of() : (List<String>) value);
    }
    return out;
  }
}
