package wjw.ingest.headers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wjw.ingest.text.TextUtil;

/**
 * The decoration papers print around a speaker header or a label, and what is left inside it: bullets (■ ● ▲ ◆ …),
 * markdown (# headings, **bold**), numbering (1. 一、 （一） ①), 【brackets】, and a colon after the name. The line
 * itself is never changed; only the grammar reads the core.
 */
public final class HeaderMarks {

  /** A line read past its decoration: the core, whether any mark was there, and whether it ended in a colon. */
  public record Stripped(String core, boolean decorated, boolean colon) {}

  private static final String BULLETS = "■□●○◆◇▲△▼▽★☆▶►▷•◎※▌▍▎▏|｜#＃*_";
  private static final Pattern NUMBERING = Pattern.compile(
      "^(?:\\d{1,2}[.．、]|[（(]\\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]"
          + "|[\\u2460-\\u2473\\u2776-\\u277F])");
  private static final String TRAILING = "*_】]」』：:";
  private static final String COLONS = "：:";

  private HeaderMarks() {}

  /** The core of a trimmed line: leading and trailing marks and spaces removed, inner ** and __ dropped. */
  public static Stripped strip(String line) {
    String s = line;
    boolean decorated = false;
    boolean colon = false;
    int start = 0;
    int end = s.length();
    boolean changed = true;
    while (changed && start < end) {
      changed = false;
      char c = s.charAt(start);
      if (BULLETS.indexOf(c) >= 0 || c == '【' || c == '[' || c == '「' || c == '『' || TextUtil.isSpace(c)) {
        start++;
        decorated |= !TextUtil.isSpace(c);
        changed = true;
      } else if (isNumberingStart(c)) {
        Matcher m = NUMBERING.matcher(s).region(start, end);
        if (m.lookingAt() && m.end() < end) {
          start = m.end();
          decorated = true;
          changed = true;
        }
      }
    }
    while (end > start) {
      char c = s.charAt(end - 1);
      if (TRAILING.indexOf(c) >= 0 || TextUtil.isSpace(c)) {
        colon |= COLONS.indexOf(c) >= 0;
        decorated |= !TextUtil.isSpace(c) && COLONS.indexOf(c) < 0;
        end--;
      } else {
        break;
      }
    }
    String core = s.substring(start, end);
    if (core.indexOf('*') >= 0 || core.indexOf('_') >= 0) {
      core = core.replace("**", "").replace("__", "");
      decorated = true;
    }
    return new Stripped(core, decorated, colon);
  }

  private static boolean isNumberingStart(char c) {
    return (c >= '0' && c <= '9') || c == '（' || c == '(' || "一二三四五六七八九十".indexOf(c) >= 0
        || (c >= '\u2460' && c <= '\u2473') || (c >= '\u2776' && c <= '\u277F');
  }
}
