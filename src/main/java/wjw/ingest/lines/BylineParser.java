package wjw.ingest.lines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import wjw.ingest.text.TextUtil;

/** Recognises reporters' bylines (本版由本报记者杨世嘉 郭蕾 / 联合采写) and extracts the reporters' names. */
final class BylineParser {

  private static final List<String> PREFIXES = List.of("本版由本报记者", "本报记者", "本版由");

  /** Words that close a byline, alone on the following line or at the end of the byline itself. */
  private static final List<String> TAIL_WORDS = List.of("联合采写", "联合报道", "采写", "整理", "报道", "撰文", "撰稿", "文");

  // "文" alone is too common a last character of a name (李文) to strip unless set apart.
  private static final Pattern TRAILING_TAIL = Pattern.compile("(?:联合采写|联合报道|采写|整理|报道|撰稿|(?:^|[\\s\\p{Z}/／])(?:撰文|文))$");

  private static final Pattern SPLIT = Pattern.compile("[\\s\\p{Z}、，,/／]+");
  private static final Pattern NAME_PUNCTUATION = Pattern.compile("[：:（）()]");
  private static final Pattern TOKEN_PREFIX = Pattern.compile("^(?:本报记者|本报通讯员|特约记者|通讯员|记者|本报)");

  private static final int MAX_BYLINE_LENGTH = 60;

  /** A line starting with 本版由本报记者 / 本报记者 / 本版由 that is short and not a sentence. */
  boolean isBylineStart(String line) {
    String t = TextUtil.trim(line);
    if (t.length() > MAX_BYLINE_LENGTH || t.contains("。")) {
      return false;
    }
    return PREFIXES.stream().anyMatch(t::startsWith);
  }

  /** A line right after a byline that closes it: 联合采写 alone, or more names ending in such a word. */
  boolean isBylineTail(String line) {
    String t = TextUtil.trim(line);
    if (TAIL_WORDS.contains(t)) {
      return true;
    }
    if (t.length() > 30 || t.contains("。") || t.contains("，")) {
      return false;
    }
    return TRAILING_TAIL.matcher(t).find();
  }

  /** Reporters named in one byline line (start or tail), in printed order. */
  List<String> reporters(String line) {
    String t = TextUtil.trim(line);
    for (String prefix : PREFIXES) {
      if (t.startsWith(prefix)) {
        t = t.substring(prefix.length());
        break;
      }
    }
    t = TextUtil.trim(t);
    // Strip the closing word, repeatedly: "郭蕾 联合采写" and "郭蕾/文".
    String before;
    do {
      before = t;
      t = TextUtil.trim(TRAILING_TAIL.matcher(t).replaceFirst(""));
    } while (!t.equals(before) && !t.isEmpty());
    if (TAIL_WORDS.contains(t)) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String token : SPLIT.split(t)) {
      String name = TOKEN_PREFIX.matcher(TextUtil.trim(token)).replaceFirst("");
      name = NAME_PUNCTUATION.matcher(name).replaceAll("");
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }
}
