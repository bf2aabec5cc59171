package wjw.ingest.text;

/**
 * Markdown an extraction leaves on a line: a heading's {@code #} marks and emphasis wrapped around the whole line
 * ({@code **…**}). Markup is no text: a paragraph made of such a line holds what the marks enclose, while the source
 * line keeps them as printed.
 */
public final class Markup {
  private Markup() {}

  /** Whether the line is a markdown heading ({@code # …}, up to six marks), not a hashtag ({@code #话题#}). */
  public static boolean isHeading(String line) {
    if (line.isEmpty() || line.charAt(0) != '#') {
      return false;
    }
    int marks = 0;
    while (marks < line.length() && line.charAt(marks) == '#') {
      marks++;
    }
    if (marks > 6) {
      return false;
    }
    // #话题#: one mark, no space, a closing mark at the end
    return !(marks == 1 && line.length() > 2 && line.charAt(line.length() - 1) == '#'
        && line.chars().skip(1).limit(line.length() - 2L).noneMatch(c -> c == '#' || TextUtil.isSpace(c)));
  }

  /** The line's text without heading marks and without emphasis around all of it; the line itself if it has neither. */
  public static String text(String line) {
    String s = line;
    if (isHeading(s)) {
      int at = 0;
      while (at < s.length() && s.charAt(at) == '#') {
        at++;
      }
      s = TextUtil.trim(s.substring(at));
    }
    for (String mark : new String[] {"**", "__"}) {
      if (s.length() > 2 * mark.length() && s.startsWith(mark) && s.endsWith(mark)) {
        s = TextUtil.trim(s.substring(mark.length(), s.length() - mark.length()));
      }
    }
    return s;
  }
}
