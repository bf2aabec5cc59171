package wjw.ingest;

import java.util.ArrayList;
import java.util.List;

/** Rebuilds paragraphs from text lines: a paragraph left open (no closing punctuation) continues with the next line. */
final class ParagraphJoiner {

  private static final String CLOSING_MARKS = "”’」』）)】》\"'〉";
  // ：and : count as closed: they introduce a list whose items are separate paragraphs.
  private static final String TERMINATORS = "。！？；!?;…：:";

  private final List<Paragraph> paragraphs = new ArrayList<>();
  private StringBuilder text;
  private List<Integer> lines;

  /** Adds one trimmed, non-empty text line. */
  void add(int lineNumber, String line) {
    if (text == null || !isOpen(text)) {
      flush();
      text = new StringBuilder();
      lines = new ArrayList<>();
    }
    // Joined without separator: the break was the extraction's, not the author's.
    text.append(line);
    lines.add(lineNumber);
  }

  List<Paragraph> finish() {
    flush();
    return List.copyOf(paragraphs);
  }

  private void flush() {
    if (text != null && !text.isEmpty()) {
      paragraphs.add(new Paragraph(text.toString(), lines));
    }
    text = null;
    lines = null;
  }

  /** True when the text does not end a sentence, looking past closing quotes and brackets. */
  static boolean isOpen(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && (TextUtil.isSpace(s.charAt(i)) || CLOSING_MARKS.indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    return TERMINATORS.indexOf(s.charAt(i)) < 0;
  }
}
