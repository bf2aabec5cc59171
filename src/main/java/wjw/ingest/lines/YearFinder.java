package wjw.ingest.lines;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the year a page looks ahead to: 步入2026年 in the lead, else such a phrase anywhere, else the most cited year. */
public final class YearFinder {

  private static final String DIGIT = "[0-9０-９〇零○Ｏ一二三四五六七八九]";

  private static final Pattern LOOK_AHEAD = Pattern.compile(
      "(?:步入|迈入|进入|迈进|走进|踏入|跨入|展望|迎来|迎接)[\\s\\p{Z}]*(" + DIGIT + "{4})(?!" + DIGIT + ")");

  private static final Pattern YEAR_MENTION = Pattern.compile("(?<!" + DIGIT + ")(" + DIGIT + "{4})[\\s\\p{Z}]*年");

  /** The year of a page with this lead (may be null) and text (may be null); null when it names none. */
  public Integer find(String lead, String page) {
    Integer year = lookAhead(lead);
    if (year == null) {
      year = lookAhead(page);
    }
    if (year == null) {
      year = mostCited(page);
    }
    return year;
  }

  private static Integer lookAhead(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    Matcher m = LOOK_AHEAD.matcher(text);
    while (m.find()) {
      Integer y = parseYear(m.group(1));
      if (y != null) {
        return y;
      }
    }
    return null;
  }

  /** Most frequent 20xx年; a tie goes to the later year, since pages look ahead. */
  private static Integer mostCited(String text) {
    if (text == null) {
      return null;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = YEAR_MENTION.matcher(text);
    while (m.find()) {
      Integer y = parseYear(m.group(1));
      if (y != null && y >= 2000) {
        counts.merge(y, 1, Integer::sum);
      }
    }
    Integer best = null;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c > bestCount || (c == bestCount && e.getKey() > best)) {
        best = e.getKey();
        bestCount = c;
      }
    }
    return best;
  }

  /** 2026, ２０２６ and 二〇二六 alike; only 1900–2099 count as years. */
  static Integer parseYear(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digitValue(digits.charAt(i));
      if (d < 0) {
        return null;
      }
      value = value * 10 + d;
    }
    return value >= 1900 && value <= 2099 ? value : null;
  }

  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return switch (c) {
      case '〇', '零', '○', 'Ｏ' -> 0;
      case '一' -> 1;
      case '二' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
