package wjw.ingest.layout;

import wjw.ingest.text.Sentences;
import wjw.ingest.text.TextUtil;

/**
 * What the join scorer reads of one piece's text: how it opens, its first sentence, and the Han characters at its two
 * ends. Worked out once per piece, since the scorer weighs every open piece against every piece of the page.
 */
final class PieceText {
  /** Characters that cannot begin a sentence: particles, conjunctions, closing marks, clause punctuation. */
  private static final String CANNOT_START = "的地得之等了着过们及与和并而或且，、。；：,.;:！？!?）)”’」』】》";
  /** Grams across a break are at most 4 characters, at most 3 from either side. */
  static final int GRAM_SIDE = 3;

  final String text;
  /** It does not end a sentence ({@link Sentences#isOpen}). */
  final boolean open;
  final char first;
  /** It starts with a character that cannot begin a sentence. */
  final boolean cannotStart;
  /** It starts the way sentences and paragraphs open (一是, 首先, 2026年). */
  final boolean opensSentence;
  final String firstSentence;
  final boolean fragment;
  final boolean heading;
  /** The first and the last code point are Han. */
  final boolean startsHan;
  final boolean endsHan;
  /**
   * How many of the first / last {@link #GRAM_SIDE} units are Han characters in a row from that end; -1 when a
   * surrogate is among them, where a gram has to be checked code point by code point.
   */
  final int hanAtStart;
  final int hanAtEnd;

  /** @param text a piece's text, never empty */
  PieceText(String text) {
    this.text = text;
    open = Sentences.isOpen(text);
    first = text.charAt(0);
    cannotStart = CANNOT_START.indexOf(first) >= 0;
    opensSentence = !cannotStart && Sentences.opensSentence(text);
    firstSentence = firstSentence(text);
    fragment = isFragment(text, firstSentence);
    heading = isHeading(text, firstSentence);
    startsHan = TextUtil.isHan(text.codePointAt(0));
    endsHan = TextUtil.isHan(text.codePointBefore(text.length()));
    hanAtStart = hanRun(text, 0, Math.min(GRAM_SIDE, text.length()), 1);
    hanAtEnd = hanRun(text, text.length() - 1, Math.min(GRAM_SIDE, text.length()), -1);
  }

  /** A short topic sentence (7–20 characters, no comma, ending 。) such as paragraphs in this genre open with. */
  static boolean isHeading(String text) {
    return isHeading(text, firstSentence(text));
  }

  /** A finished first sentence of at most 6 characters without a comma (养育负担。): the end of a sentence, not one. */
  static boolean isFragment(String text) {
    return isFragment(text, firstSentence(text));
  }

  private static boolean isHeading(String text, String s) {
    // a topic sentence is followed by the paragraph it heads; a lone short sentence is more likely a tail
    return s.length() >= 7 && s.length() <= 20 && s.length() < text.length() && s.endsWith("。")
        && s.indexOf('，') < 0 && s.indexOf(',') < 0;
  }

  private static boolean isFragment(String text, String s) {
    return s.length() <= 6 && s.length() < text.length() + 1 && endsSentence(s.charAt(s.length() - 1))
        && s.indexOf('，') < 0 && s.indexOf(',') < 0;
  }

  static String firstSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (endsSentence(text.charAt(i))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  /** 。！？；!?; */
  private static boolean endsSentence(char c) {
    return switch (c) {
      case '。', '！', '？', '；', '!', '?', ';' -> true;
      default -> false;
    };
  }

  /** Han units in a row from {@code from} going {@code step}, among {@code window} units; -1 if a surrogate is there. */
  private static int hanRun(String text, int from, int window, int step) {
    int run = -2; // not yet ended
    for (int k = 0, i = from; k < window; k++, i += step) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return -1;
      }
      if (run == -2 && !TextUtil.isHanChar(c)) {
        run = k;
      }
    }
    return run == -2 ? window : run;
  }
}
