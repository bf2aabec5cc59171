package wjw.ingest.text;

import java.util.regex.Pattern;

/**
 * Where a printed sentence ends and how one opens: what tells the end of a wrapped line (open, the sentence goes on)
 * from the end of a paragraph, and a line that starts the way sentences and paragraphs do (一是, 首先, 2026年).
 */
public final class Sentences {
  private static final String CLOSING_MARKS = "”’」』）)】》\"'〉";
  // ：and : count as closed: they introduce a list whose items are separate paragraphs.
  private static final String TERMINATORS = "。！？；!?;…：:";

  private static final Pattern SENTENCE_OPENING = Pattern.compile(
      "^(?:20\\d\\d年|一是|二是|三是|四是|五是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|首先|其次|我们|今年|新的一年)");
  /** The characters {@link #SENTENCE_OPENING} can start with: the regex is tried only on texts starting so. */
  private static final String OPENING_STARTS = "2一二三四五六七八九十第（(首其我今新";

  private Sentences() {}

  /** True when the text does not end a sentence, looking past closing quotes and brackets. */
  public static boolean isOpen(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && (TextUtil.isSpace(s.charAt(i)) || CLOSING_MARKS.indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    return TERMINATORS.indexOf(s.charAt(i)) < 0;
  }

  /** It starts the way sentences and paragraphs open (一是, 首先, 2026年); text is not empty. */
  public static boolean opensSentence(String text) {
    return OPENING_STARTS.indexOf(text.charAt(0)) >= 0 && SENTENCE_OPENING.matcher(text).find();
  }
}
