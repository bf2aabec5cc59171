package wjw.ingest.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/** Small string helpers shared by every stage of reading a page: whitespace of every kind, Han characters, lines. */
public final class TextUtil {
  private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\p{Z}\\uFEFF\\u200B]+");
  private static final int BMP_SIZE = 0x10000;

  /**
   * The Han characters of the Basic Multilingual Plane, looked up once: {@link Character.UnicodeScript#of} is a binary
   * search, and the layout repair asks about characters several times for every pair of pieces it weighs.
   */
  private static final BitSet BMP_HAN = bmpHan();

  private TextUtil() {}

  /** True for any whitespace a page may carry, including U+3000, NBSP and a stray BOM. */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF' || cp == '\u200B';
  }

  /** Removes leading and trailing whitespace of every kind (String.strip misses NBSP and BOM). */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Splits on runs of whitespace of every kind; never returns empty tokens. */
  public static String[] tokens(String s) {
    String t = trim(s);
    if (t.isEmpty()) {
      return new String[0];
    }
    return SPACE_RUN.split(t);
  }

  public static boolean isHan(int cp) {
    return cp >= 0 && cp < BMP_SIZE ? BMP_HAN.get(cp) : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** True for a UTF-16 unit that is a Han character by itself (never for half of a surrogate pair). */
  public static boolean isHanChar(char c) {
    return BMP_HAN.get(c);
  }

  /** The lines of text split at \r\n, \r or \n; a trailing line break leaves an empty last line. */
  public static String[] splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines.toArray(new String[0]);
  }

  /** Whitespace as the regex class [\s\p{Z}] has it: ASCII whitespace and the Unicode separators (U+3000, NBSP). */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }

  private static BitSet bmpHan() {
    BitSet han = new BitSet(BMP_SIZE);
    for (int c = 0; c < BMP_SIZE; c++) {
      han.set(c, Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
    return han;
  }
}
