package wjw.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises statement header lines {@code <region>卫生健康委<title> <name>} and splits them into their parts. */
final class HeaderParser {

  /** A parsed header line; {@code province} is the resolved full name, or the region as printed if it is no province. */
  record Header(String region, String organization, String province, Official official) {
    /** Key deciding whether two header lines belong to one commission. */
    String organizationKey() {
      return province;
    }
  }

  // Headers are short; the cap keeps a single huge line away from the regex.
  private static final int MAX_HEADER_LENGTH = 80;

  /**
   * The commission as printed: today's 卫生健康委(员会) and its short form 卫健委, and the names earlier
   * pages use (卫生和计划生育委员会, 卫生计生委 until 2018; 卫生厅, 卫生局 before 2013). Longer forms
   * come first so the printed form is kept whole.
   */
  static final String COMMISSION = "卫生健康委员会|卫生健康委|卫健委|卫生和计划生育委员会|卫生计生委|卫计委|卫生厅|卫生局";

  private static final Pattern HEADER =
      Pattern.compile("^(\\p{IsHan}{2,16}?)(" + COMMISSION + ")(.+)$");
  private static final List<String> COMMISSION_NAMES = List.of(COMMISSION.split("\\|"));

  /** Endings a title must have: this is what tells a header from a sentence that mentions a commission. */
  private static final List<String> TITLE_ENDINGS = List.of(
      "主任", "书记", "巡视员", "局长", "院长", "委员", "组长", "秘书长", "主席", "部长", "处长", "厅长", "司长",
      "负责人", "发言人", "成员", "会计师", "经济师", "工程师", "总师", "调研员", "督察员", "专员", "助理", "监察员");

  private static final Pattern NAME = Pattern.compile("^\\p{IsHan}[\\p{IsHan}·•・‧．.]{0,18}\\p{IsHan}$");

  // A glued name (no space after the title) is an ordinary 2–4 character name, or a longer one with a middle dot.
  private static final Pattern GLUED_NAME =
      Pattern.compile("^(\\p{IsHan}{2,4}|\\p{IsHan}+[·•・‧．.]\\p{IsHan}+(?:[·•・‧．.]\\p{IsHan}+)*)$");

  private static final String SENTENCE_PUNCTUATION = "。，,；;！!？?…“”\"";
  private static final Pattern TITLE_NAME_SEPARATOR = Pattern.compile("[\\s\\p{Z}\\uFEFF：:]+");
  private static final Pattern TRAILING_COLONS = Pattern.compile("[：:]+$");
  private static final Pattern TRAILING_RANK = Pattern.compile("[（(][^（）()]*[）)]$");

  // Columns merged by the extraction can put two headers on one line.
  private static final Pattern SECOND_HEADER =
      Pattern.compile("[\\s\\p{Z}]+(?=\\p{IsHan}{2,16}?(?:" + COMMISSION + "))");

  // Markdown emphasis and bullets an extraction may wrap around a header.
  private static final String DECORATION_MARKS = "*_■□●○◆◇▲△★☆▶►•";
  private static final Pattern DECORATION_START = Pattern.compile("^[" + DECORATION_MARKS + "]+");
  private static final Pattern DECORATION_END = Pattern.compile("[*_]+$");

  /** All headers on the line (usually one), or an empty list if the line is not made of headers only. */
  List<Header> parseAll(String rawLine) {
    String line = TextUtil.trim(rawLine);
    if (line.isEmpty() || line.length() > 2 * MAX_HEADER_LENGTH || !namesCommission(line)) {
      return List.of();
    }
    Optional<Header> single = parse(line);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    String[] parts = SECOND_HEADER.split(line);
    if (parts.length < 2) {
      return List.of();
    }
    List<Header> all = new java.util.ArrayList<>();
    for (String part : parts) {
      Optional<Header> h = parse(part);
      if (h.isEmpty()) {
        return List.of();
      }
      all.add(h.get());
    }
    return all;
  }

  /**
   * Every header names the commission, and every name of it starts with 卫: a scan for that character spares the
   * header regexes almost every line of a page.
   */
  private static boolean namesCommission(String line) {
    for (int at = line.indexOf('卫'); at >= 0; at = line.indexOf('卫', at + 1)) {
      for (String name : COMMISSION_NAMES) {
        if (line.startsWith(name, at)) {
          return true;
        }
      }
    }
    return false;
  }

  Optional<Header> parse(String rawLine) {
    String line = TextUtil.trim(rawLine);
    line = TextUtil.trim(withoutDecoration(line));
    if (line.isEmpty() || line.length() > MAX_HEADER_LENGTH) {
      return Optional.empty();
    }
    Matcher m = HEADER.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String region = m.group(1);
    if (!isRealRegion(region)) {
      // 会上北京市卫生健康委主任刘俊彩: a wrapped mention in running text, not a commission of its own.
      return Optional.empty();
    }
    String organization = region + m.group(2);
    String rest = m.group(3);
    Official official = parseTitleAndName(rest);
    if (official == null) {
      return Optional.empty();
    }
    String province = Provinces.resolve(region).map(Provinces.Province::name).orElse(region);
    return Optional.of(new Header(region, organization, province, official));
  }

  /**
   * The line without {@link #DECORATION_START} and {@link #DECORATION_END}; each regex runs only when its end of the
   * line can hold such a mark.
   */
  private static String withoutDecoration(String line) {
    String s = line;
    if (!s.isEmpty() && DECORATION_MARKS.indexOf(s.charAt(0)) >= 0) {
      s = DECORATION_START.matcher(s).replaceFirst("");
    }
    if (mayEndWith(s, "*_")) {
      s = DECORATION_END.matcher(s).replaceFirst("");
    }
    return s;
  }

  /**
   * Whether a regex "[marks]+$" can match s: its last character is one of the marks, or a line terminator, before
   * which $ matches too. Lets the regex be skipped for almost every string.
   */
  private static boolean mayEndWith(String s, String marks) {
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return marks.indexOf(last) >= 0 || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
  }

  /**
   * Whether region names a real region: a province or 新疆生产建设兵团 as {@link Provinces#resolve} knows it, a
   * prefecture-level city by its full name (深圳市), or a province's full or short name followed by the full name of
   * one of its own cities (广东省深圳市, 广东深圳市).
   */
  static boolean isRealRegion(String region) {
    if (region == null || region.isEmpty()) {
      return false;
    }
    if (Provinces.resolve(region).isPresent() || CITY_PROVINCE.containsKey(region)) {
      return true;
    }
    for (Provinces.Province p : Provinces.all()) {
      for (String prefix : List.of(p.name(), p.shortName())) {
        if (region.length() > prefix.length() && region.startsWith(prefix)
            && p.name().equals(CITY_PROVINCE.get(region.substring(prefix.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Full city name → its province's full name, from {@link Places#cities()}. */
  private static final java.util.Map<String, String> CITY_PROVINCE = Places.cities().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Places.City::name, Places.City::province));

  /** Title then name, separated by whitespace (any kind, any amount) or a colon, or glued together. */
  private static Official parseTitleAndName(String rest) {
    String r = TextUtil.trim(rest);
    if (r.isEmpty() || hasSentencePunctuation(r)) {
      return null;
    }
    String[] tokens = TITLE_NAME_SEPARATOR.split(r);
    if (tokens.length >= 2) {
      // The name is the last token, or the last few single characters of a letter-spaced name (王　某).
      for (int k = 1; k < tokens.length && k <= 4; k++) {
        String name = String.join("", java.util.Arrays.copyOfRange(tokens, tokens.length - k, tokens.length));
        if (k > 1 && tokens[tokens.length - k].codePointCount(0, tokens[tokens.length - k].length()) != 1) {
          break;
        }
        int cut = lastSeparators(r, k);
        String title = TextUtil.trim(r.substring(0, cut));
        if (mayEndWith(title, "：:")) {
          title = TextUtil.trim(TRAILING_COLONS.matcher(title).replaceAll(""));
        }
        if (isTitle(title) && NAME.matcher(name).matches()) {
          return new Official(name, title);
        }
      }
      return null;
    }
    return splitGlued(r);
  }

  private static boolean hasSentencePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (SENTENCE_PUNCTUATION.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Index where the k-th separator run from the end starts: the end of the title. */
  private static int lastSeparators(String r, int k) {
    int i = r.length();
    for (int run = 0; run < k; run++) {
      i--;
      while (i >= 0 && !isSeparator(r.charAt(i))) {
        i--;
      }
      while (i > 0 && isSeparator(r.charAt(i - 1))) {
        i--;
      }
    }
    return Math.max(i, 0);
  }

  private static boolean isSeparator(char c) {
    return TextUtil.isSpace(c) || c == '：' || c == ':';
  }

  /** 主任刘俊彩: try each known title ending, last first, and keep the split whose remainder is a plausible name. */
  private static Official splitGlued(String r) {
    for (int end = r.length() - 1; end > 0; end--) {
      String title = r.substring(0, end);
      String name = r.substring(end);
      if (isTitle(title) && GLUED_NAME.matcher(name).matches()) {
        return new Official(name, title);
      }
    }
    return null;
  }

  static boolean isTitle(String title) {
    if (title.isEmpty() || title.length() > 40 || hasSentencePunctuation(title)
        || namesCommission(title)) {
      return false;
    }
    // A rank in brackets may follow the title: 副主任（正厅级）.
    String core = TextUtil.trim(mayEndWith(title, "）)") ? TRAILING_RANK.matcher(title).replaceFirst("") : title);
    for (String ending : TITLE_ENDINGS) {
      if (core.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
