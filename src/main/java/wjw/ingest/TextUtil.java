package wjw.ingest;

/** Small string helpers shared by the line parsers. */
final class TextUtil {
  private TextUtil() {}

  /** True for any whitespace a page may carry, including U+3000, NBSP and a stray BOM. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF' || cp == '\u200B';
  }

  /** Removes leading and trailing whitespace of every kind (String.strip misses NBSP and BOM). */
  static String trim(String s) {
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
  static String[] tokens(String s) {
    String t = trim(s);
    if (t.isEmpty()) {
      return new String[0];
    }
    return t.split("[\\s\\p{Z}\\uFEFF\\u200B]+");
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
