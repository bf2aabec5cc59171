package wjw.ingest.headers;

import java.util.List;
import wjw.ingest.text.TextUtil;

/**
 * A person's name as headers and captions print it: 2–4 Han characters ({@link #MAX_PLAIN} when set apart), a name
 * letter-spaced to a fixed width ({@code 张　波}, {@code 张  波}, read as 张波), or one with a middle dot
 * ({@code 努尔兰·阿不都满金}).
 */
public final class PersonName {
  /** A name glued to a title (主任刘俊彩) must be an ordinary one: longer runs are words of a sentence. */
  public static final int MAX_GLUED = 4;
  /** Set apart by a space, a name may be longer (some minority names are printed without the dot). */
  static final int MAX_PLAIN = 6;
  private static final int MAX_DOTTED = 20;
  private static final String DOTS = "·•・‧．.";

  /**
   * What follows a title in running text rather than a name: 主任介绍, 院长表示. A "name" ending so is a sentence
   * that was cut at the end of a line.
   */
  private static final List<String> NOT_NAME_ENDINGS = List.of(
      "介绍", "表示", "指出", "强调", "认为", "说", "称", "透露", "坦言", "建议", "提出", "回答", "解读", "一行", "等人",
      "同志", "讲话", "发言", "致辞", "主持", "出席", "参加", "调研", "会见", "率队", "带队", "答问", "谈", "撰文",
      "署名", "专访", "访谈", "受访", "报告", "要求", "希望", "主任", "书记", "院长", "局长", "委员", "代表");

  /** The last characters of {@link #NOT_NAME_ENDINGS}: most names end in none of them and are told so at once. */
  private static final String NOT_NAME_LAST_CHARS = NOT_NAME_ENDINGS.stream()
      .map(e -> e.substring(e.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());

  private PersonName() {}

  /** A line holding only a name (marks and a colon allowed), read without padding; null if it is none. */
  public static String readLine(String rawLine) {
    String line = TextUtil.trim(rawLine);
    if (line.length() < 2 || line.length() > 24) {
      return null;
    }
    return read(HeaderMarks.strip(line).core());
  }

  /** The name without padding, or null if {@code s} (trimmed, no colon) is not a name. */
  public static String read(String s) {
    return read(s, MAX_PLAIN);
  }

  /** As {@link #read(String)}, with at most {@code maxPlain} Han characters for a name without a dot. */
  public static String read(String s, int maxPlain) {
    int n = s.length();
    if (n < 2 || n > 3 * MAX_DOTTED) {
      return null;
    }
    StringBuilder name = new StringBuilder(n);
    int dots = 0;
    boolean spaced = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (TextUtil.isHanChar(c)) {
        name.append(c);
      } else if (DOTS.indexOf(c) >= 0) {
        if (name.isEmpty() || i + 1 >= n || !TextUtil.isHanChar(s.charAt(i + 1))) {
          return null;
        }
        name.append(c);
        dots++;
      } else if (TextUtil.isSpace(c)) {
        spaced = true;
      } else {
        return null;
      }
    }
    int han = name.length() - dots;
    if (han < 2 || (dots == 0 && han > maxPlain) || name.length() > MAX_DOTTED) {
      return null;
    }
    if (spaced && !isPadded(s)) {
      return null;
    }
    String result = name.toString();
    if (NOT_NAME_LAST_CHARS.indexOf(result.charAt(result.length() - 1)) >= 0) {
      for (String ending : NOT_NAME_ENDINGS) {
        if (result.endsWith(ending)) {
          return null;
        }
      }
    }
    return result;
  }

  /**
   * Spaces inside a name only as padding: every run of Han characters between them is one character (张　波, 欧 阳 娜 娜)
   * or the name has two parts, one of a single character and one of two (欧阳 娜). Two whole names (钟东波 刘俊彩) and a
   * title glued to a padded name (主任张 波) are no padding.
   */
  private static boolean isPadded(String s) {
    String[] parts = TextUtil.tokens(s);
    if (parts.length < 2) {
      return true;
    }
    int single = 0;
    for (String p : parts) {
      if (p.codePointCount(0, p.length()) == 1) {
        single++;
      }
    }
    return single == parts.length || (parts.length == 2 && single == 1 && s.strip().length() <= 5);
  }
}
