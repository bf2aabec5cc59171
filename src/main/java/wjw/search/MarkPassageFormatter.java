package wjw.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage separately as HTML: the text escaped, matches wrapped in {@code <mark>}.
 * Escaping everything but our own tags is what makes a statement containing {@code <script>}
 * harmless in the page.
 */
final class MarkPassageFormatter extends PassageFormatter {

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> out = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      out.add(format(passage, content).strip());
    }
    return out;
  }

  private static String format(Passage passage, String content) {
    StringBuilder sb = new StringBuilder();
    int pos = passage.getStartOffset();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int start = Math.max(passage.getMatchStarts()[i], pos);
      int end = passage.getMatchEnds()[i];
      // overlapping matches (a bigram phrase) become one mark
      while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
        end = Math.max(end, passage.getMatchEnds()[++i]);
      }
      end = Math.min(end, passage.getEndOffset());
      if (end <= start) {
        continue;
      }
      Html.escape(content, pos, start, sb);
      sb.append("<mark>");
      Html.escape(content, start, end, sb);
      sb.append("</mark>");
      pos = end;
    }
    Html.escape(content, pos, passage.getEndOffset(), sb);
    return sb.toString();
  }
}
