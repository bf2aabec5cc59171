package wjw.ingest.headers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import wjw.ingest.model.Official;
import wjw.ingest.places.Places;
import wjw.ingest.places.Provinces;
import wjw.ingest.text.TextUtil;

/**
 * The speaker-header grammar: reads a header line from its parts — decoration ({@link HeaderMarks}), roles
 * (organisation and titles, {@link SpeakerRoles}), a name ({@link PersonName}), an optional colon — in the layouts
 * papers print:
 * <ul>
 *   <li>roles then name, set apart by spaces, an ideographic space, a colon or nothing: {@code 山西省卫生健康委党组书记、主任 张波};
 *   <li>name then roles in brackets: {@code 钟东波（北京市卫生健康委党委书记）};
 *   <li>name then roles after a comma or dash: {@code 张波，山西省卫生健康委党组书记、主任};
 *   <li>over two or three lines (roles, then the name; or the name, then the roles in brackets), through
 *       {@link #rolesLine}, {@link PersonName#readLine} and {@link #bracketLine}, which the segmenter pairs.
 * </ul>
 */
final class HeaderParser {

  // Headers are short; the cap keeps a single huge line away from the grammar.
  static final int MAX_HEADER_LENGTH = 80;

  /**
   * The commission as printed: today's 卫生健康委(员会) and its short form 卫健委, and the names earlier
   * pages use (卫生和计划生育委员会, 卫生计生委 until 2018; 卫生厅, 卫生局 before 2013). Longer forms
   * come first so the printed form is kept whole.
   */
  static final String COMMISSION = "卫生健康委员会|卫生健康委|卫健委|卫生和计划生育委员会|卫生计生委|卫计委|卫生厅|卫生局";
  static final List<String> COMMISSION_NAMES = List.of(COMMISSION.split("\\|"));

  /** Endings a commission title must have (the title after {@code <region>卫生健康委}). */
  private static final List<String> TITLE_ENDINGS = SpeakerRoles.TITLE_ENDINGS;
  /** The last characters of every title ending: a line holding none of them is no header, and most lines are told so. */
  private static final BitSet TITLE_LAST_CHARS = lastChars(TITLE_ENDINGS);

  private static final String SENTENCE_PUNCTUATION = "。，,；;！!？?…“”\"";
  private static final String LINE_PUNCTUATION = "。；;！!？?…“”\"";
  private static final Pattern TRAILING_RANK = Pattern.compile("[（(][^（）()]*[）)]$");
  private static final String NAME_FIRST_SEPARATORS = "，,—－–-";
  private static final String DOTS = "·•・‧．";

  /** A line is cut into headers at no more than this many spaces: two or three headers side by side. */
  private static final int MAX_PARTS = 12;

  /**
   * All headers on the line (usually one), or an empty list if the line is not made of headers only. Columns merged
   * by the extraction put two headers, in any layout, on one line: set apart by spaces, every part a header.
   */
  List<Header> parseAll(String rawLine) {
    String line = TextUtil.trim(rawLine);
    if (line.isEmpty() || line.length() > 2 * MAX_HEADER_LENGTH) {
      return List.of();
    }
    Optional<Header> single = parse(line);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    return split(line);
  }

  /**
   * The line cut at spaces into consecutive headers (at most {@link #MAX_PARTS} spaces tried), or an empty list:
   * for every cut, whether the line up to it is made of headers, then the cuts that make it so.
   */
  private List<Header> split(String line) {
    List<Integer> cuts = new ArrayList<>(); // start of each space-separated token
    cuts.add(0);
    for (int i = 1; i < line.length(); i++) {
      if (!TextUtil.isSpace(line.charAt(i)) && TextUtil.isSpace(line.charAt(i - 1))) {
        cuts.add(i);
      }
    }
    int n = cuts.size();
    if (n < 2 || n > MAX_PARTS) {
      return List.of();
    }
    cuts.add(line.length());
    // made[j]: the text before token j is made of headers, the last one starting at token from[j]
    int[] from = new int[n + 1];
    boolean[] made = new boolean[n + 1];
    Header[] last = new Header[n + 1];
    made[0] = true;
    for (int j = 1; j <= n; j++) {
      for (int i = 0; i < j && !made[j]; i++) {
        if (!made[i] || (i == 0 && j == n)) {
          continue;
        }
        Optional<Header> h = parse(line.substring(cuts.get(i), cuts.get(j)));
        if (h.isPresent()) {
          made[j] = true;
          from[j] = i;
          last[j] = h.get();
        }
      }
    }
    if (!made[n]) {
      return List.of();
    }
    List<Header> all = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      all.add(0, last[j]);
    }
    return all;
  }

  /** The header a whole line is, in any one-line layout. */
  Optional<Header> parse(String rawLine) {
    String line = TextUtil.trim(rawLine);
    if (line.length() < 3 || line.length() > MAX_HEADER_LENGTH + 8 || !mayBeHeader(line)) {
      return Optional.empty();
    }
    HeaderMarks.Stripped marks = HeaderMarks.strip(line);
    String core = marks.core();
    if (core.length() < 3 || core.length() > MAX_HEADER_LENGTH || hasAny(core, LINE_PUNCTUATION)) {
      return Optional.empty();
    }
    boolean marked = marks.decorated() || marks.colon();
    char last = core.charAt(core.length() - 1);
    Header h = last == '）' || last == ')' ? nameThenBracketedRoles(core) : nameThenRoles(core);
    if (h == null) {
      h = rolesThenName(core, marked);
    }
    return Optional.ofNullable(h);
  }

  /** A line holding only roles with an organisation (the first line of a two-line header), or null. */
  SpeakerRoles.Roles rolesLine(String rawLine) {
    String line = TextUtil.trim(rawLine);
    if (line.length() < 3 || line.length() > MAX_HEADER_LENGTH || !mayBeHeader(line)) {
      return null;
    }
    String core = HeaderMarks.strip(line).core();
    SpeakerRoles.Roles roles = SpeakerRoles.read(core);
    return roles != null && roles.organization() != null ? roles : null;
  }

  /**
   * Roles printed over two lines ({@code 全国人大代表、} / {@code 浙江省人民医院院长}), with an organisation; the title
   * keeps the line break as a space when no separator was printed there. Null if the two lines are no roles.
   */
  SpeakerRoles.Roles rolesOverTwoLines(String firstLine, String secondLine) {
    String a = HeaderMarks.strip(TextUtil.trim(firstLine)).core();
    String b = HeaderMarks.strip(TextUtil.trim(secondLine)).core();
    if (a.isEmpty() || b.isEmpty() || a.length() + b.length() > MAX_HEADER_LENGTH || !mayBeHeader(b)) {
      return null;
    }
    boolean separated = "、，,".indexOf(a.charAt(a.length() - 1)) >= 0;
    String full = separated ? a + b : a + "、" + b;
    SpeakerRoles.Roles r = SpeakerRoles.read(full);
    if (r == null || r.organization() == null) {
      return null;
    }
    if (separated) {
      return r;
    }
    int inserted = a.length() - (full.length() - r.title().length());
    if (inserted <= 0 || inserted >= r.title().length() || r.title().charAt(inserted) != '、') {
      return null;
    }
    String title = r.title().substring(0, inserted) + " " + r.title().substring(inserted + 1);
    return new SpeakerRoles.Roles(r.organization(), title, r.province(), r.region());
  }

  /** A line holding only roles in brackets, with an organisation: （北京市卫生健康委党委书记）, or null. */
  SpeakerRoles.Roles bracketLine(String rawLine) {
    String core = HeaderMarks.strip(TextUtil.trim(rawLine)).core();
    if (core.length() < 4 || core.length() > MAX_HEADER_LENGTH) {
      return null;
    }
    char open = core.charAt(0);
    char close = core.charAt(core.length() - 1);
    if (!((open == '（' && close == '）') || (open == '(' && close == ')'))) {
      return null;
    }
    SpeakerRoles.Roles roles = SpeakerRoles.read(core.substring(1, core.length() - 1));
    return roles != null && roles.organization() != null ? roles : null;
  }

  /** The header made of roles and a name read apart. */
  static Header header(SpeakerRoles.Roles roles, String name, boolean firm) {
    return new Header(roles.region(), roles.organization(), roles.province(), new Official(name, roles.title()), firm);
  }

  /** {@code 钟东波（北京市卫生健康委党委书记）} */
  private static Header nameThenBracketedRoles(String core) {
    int open = Math.max(core.indexOf('（'), core.indexOf('('));
    if (core.indexOf('（') >= 0 && core.indexOf('(') >= 0) {
      open = Math.min(core.indexOf('（'), core.indexOf('('));
    }
    if (open < 2) {
      return null;
    }
    String name = PersonName.read(TextUtil.trim(core.substring(0, open)));
    if (name == null) {
      return null;
    }
    SpeakerRoles.Roles roles = SpeakerRoles.read(core.substring(open + 1, core.length() - 1));
    return roles == null ? null : header(roles, name, true);
  }

  /** {@code 张波，山西省卫生健康委党组书记、主任} and {@code 张波——山西省…}: the name, a comma or dash, the roles. */
  private static Header nameThenRoles(String core) {
    int at = -1;
    for (int i = 2; i < Math.min(core.length(), 2 * PersonName.MAX_GLUED + 4); i++) {
      if (NAME_FIRST_SEPARATORS.indexOf(core.charAt(i)) >= 0) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    String name = PersonName.read(TextUtil.trim(core.substring(0, at)));
    if (name == null) {
      return null;
    }
    int from = at;
    while (from < core.length() && (NAME_FIRST_SEPARATORS.indexOf(core.charAt(from)) >= 0
        || TextUtil.isSpace(core.charAt(from)))) {
      from++;
    }
    SpeakerRoles.Roles roles = SpeakerRoles.read(core.substring(from));
    return roles == null ? null : header(roles, name, true);
  }

  /** Roles then name: set apart by spaces or a colon (the name may be padded), else glued on. */
  private static Header rolesThenName(String core, boolean marked) {
    int separators = 0;
    for (int i = core.length() - 1; i > 0 && separators < 5; i--) {
      if (isSeparator(core.charAt(i)) || !isSeparator(core.charAt(i - 1))) {
        continue;
      }
      // core[0, i) then a run of separators then the name (possibly letter-spaced)
      separators++;
      int cut = i;
      while (cut > 0 && isSeparator(core.charAt(cut - 1))) {
        cut--;
      }
      String name = PersonName.read(TextUtil.trim(core.substring(i)));
      if (name == null) {
        continue;
      }
      SpeakerRoles.Roles roles = SpeakerRoles.read(core.substring(0, cut));
      if (roles != null) {
        return header(roles, name, true);
      }
    }
    return glued(core, marked);
  }

  /** 主任刘俊彩: the shortest name after which the rest reads as roles; a padded name at the end is squeezed first. */
  private static Header glued(String core, boolean marked) {
    String s = squeezeEnd(core);
    for (int length = 2; length <= PersonName.MAX_GLUED && length < s.length(); length++) {
      String name = PersonName.read(s.substring(s.length() - length), PersonName.MAX_GLUED);
      if (name == null) {
        continue;
      }
      SpeakerRoles.Roles roles = SpeakerRoles.read(s.substring(0, s.length() - length));
      if (roles != null) {
        return header(roles, name, marked);
      }
    }
    // a name with a middle dot: within the run of Han characters and dots at the end
    int start = s.length();
    while (start > 0 && (TextUtil.isHanChar(s.charAt(start - 1)) || DOTS.indexOf(s.charAt(start - 1)) >= 0)) {
      start--;
    }
    if (isDotted(s.substring(start))) {
      for (int from = start + 1; from < s.length() - 2; from++) {
        String name = PersonName.read(s.substring(from), PersonName.MAX_GLUED);
        if (name != null && isDotted(name)) {
          SpeakerRoles.Roles roles = SpeakerRoles.read(s.substring(0, from));
          if (roles != null) {
            return header(roles, name, marked);
          }
        }
      }
    }
    return null;
  }

  private static boolean isDotted(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (DOTS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** 主任张　波 → 主任张波: spaces among the last few characters, each run between them one character. */
  private static String squeezeEnd(String core) {
    int n = core.length();
    if (n < 3 || !TextUtil.isSpace(core.charAt(n - 2))) {
      return core;
    }
    StringBuilder tail = new StringBuilder();
    int i = n - 1;
    int chars = 0;
    while (i >= 0 && chars < PersonName.MAX_GLUED) {
      char c = core.charAt(i);
      if (TextUtil.isSpace(c)) {
        i--;
        continue;
      }
      tail.append(c);
      chars++;
      i--;
      if (i >= 0 && !TextUtil.isSpace(core.charAt(i))) {
        break;
      }
    }
    return core.substring(0, i + 1) + tail.reverse();
  }

  private static boolean isSeparator(char c) {
    return TextUtil.isSpace(c) || c == '：' || c == ':';
  }

  /** A header holds a title, whose last character is one of few: most lines hold none and are skipped at once. */
  private static boolean mayBeHeader(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (TITLE_LAST_CHARS.get(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line names a commission: every name of it starts with 卫, so a scan for that character spares the
   * header regexes almost every line of a page.
   */
  static boolean namesCommission(String line) {
    for (int at = line.indexOf('卫'); at >= 0; at = line.indexOf('卫', at + 1)) {
      for (String name : COMMISSION_NAMES) {
        if (line.startsWith(name, at)) {
          return true;
        }
      }
    }
    return false;
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
  private static final Map<String, String> CITY_PROVINCE = Places.cities().stream()
      .collect(Collectors.toUnmodifiableMap(Places.City::name, Places.City::province));

  /** A commission title (what follows {@code <region>卫生健康委}): a known ending, no sentence punctuation. */
  static boolean isTitle(String title) {
    if (title.isEmpty() || title.length() > 40 || hasAny(title, SENTENCE_PUNCTUATION) || namesCommission(title)) {
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

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static BitSet lastChars(List<String> endings) {
    BitSet last = new BitSet(Character.MAX_VALUE + 1);
    endings.forEach(e -> last.set(e.charAt(e.length() - 1)));
    return last;
  }
}
