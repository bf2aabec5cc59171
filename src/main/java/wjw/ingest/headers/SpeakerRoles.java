package wjw.ingest.headers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wjw.ingest.places.Places;
import wjw.ingest.places.Provinces;
import wjw.ingest.text.TextUtil;

/**
 * The organisation-and-title part of a speaker header, read from its parts: one or more roles joined by 、，or ,
 * ({@code 全国人大代表、浙江省人民医院院长}), each an optional organisation followed by a title. Three kinds of
 * organisation: a health commission under a real region ({@code 山西省卫生健康委}, or {@code 国家卫生健康委}), an
 * institution named by its last word ({@code 浙江省人民医院}, {@code 国家疾控局}, {@code 中国工程院}), and the body a
 * deputy or member sits in ({@code 全国人大}, {@code 全国政协}).
 */
final class SpeakerRoles {

  /**
   * What was read.
   *
   * @param organization the organisation the statement is filed under, as printed (null when none is named)
   * @param title the title as printed: after the organisation when the header starts with it (党组书记、主任), else the
   *     whole roles text (全国人大代表、浙江省人民医院院长)
   * @param province from place evidence only: the commission's region, or the one province named in the organisation
   * @param region the commission's region as printed (null for other organisations)
   */
  record Roles(String organization, String title, String province, String region) {
    boolean commission() {
      return region != null;
    }
  }

  /** Roles are short; the cap keeps long lines away from the scan. */
  static final int MAX_LENGTH = 60;
  private static final String ROLE_SEPARATORS = "、，,";
  /** Punctuation no header has: a line with any is a sentence. */
  static final String SENTENCE_PUNCTUATION = "。；;！!？?…“”\"：:";

  /** The national commission speaks for no province. */
  private static final String NATIONAL = "国家";

  /** Endings a title must have: what tells a header from a sentence that mentions an organisation. */
  static final List<String> TITLE_ENDINGS = List.of(
      "主任", "书记", "巡视员", "局长", "院长", "委员", "组长", "秘书长", "主席", "部长", "处长", "厅长", "司长",
      "负责人", "发言人", "成员", "会计师", "经济师", "工程师", "总师", "调研员", "督察员", "专员", "助理", "监察员",
      "代表", "院士", "馆长", "校长", "所长", "会长", "理事长", "董事长", "总经理", "医师", "教授", "研究员", "总监",
      "社长", "站长", "科长", "队长", "主委", "常委", "护士长", "行长", "参事", "首席专家", "主编", "总编辑", "总裁");

  /** Last characters of an institution's name (医院, 中心, 大学, 局, 司 …). */
  private static final String INSTITUTION_ENDS = "院所局司厅部会办馆团站处署校社台心学府组委室协联";
  /** Bodies whose deputies and members speak as such: 全国人大代表, 浙江省政协委员. */
  private static final List<String> BODIES = List.of("人大常委会", "人大", "政协");

  private SpeakerRoles() {}

  /** The roles in {@code text} (a header without its name and marks), or null if it is not made of roles. */
  static Roles read(String text) {
    String t = TextUtil.trim(text);
    if (t.length() < 2 || t.length() > MAX_LENGTH || hasAny(t, SENTENCE_PUNCTUATION)) {
      return null;
    }
    return hasSpaceInside(t) ? readSpaced(t) : readPlain(t);
  }

  /**
   * Roles with spaces inside, as columns print them: a space after an organisation only sets the title apart
   * ({@code 北京市卫生健康委 党委书记}), one after a title separates two roles ({@code 全国人大代表 浙江省人民医院院长}).
   * The roles are read without those spaces; the title keeps them as printed.
   */
  private static Roles readSpaced(String t) {
    StringBuilder plain = new StringBuilder(t.length());
    int[] printedAt = new int[t.length()];
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!TextUtil.isSpace(c)) {
        printedAt[plain.length()] = i;
        plain.append(c);
      } else if (!TextUtil.isSpace(t.charAt(i - 1))) {
        String before = plain.toString();
        if (endsWithTitle(before)) {
          printedAt[plain.length()] = i;
          plain.append('、');
        } else if (!endsWithOrganization(before)) {
          return null; // a space inside a phrase: no roles
        }
      }
    }
    Roles r = readPlain(plain.toString());
    if (r == null) {
      return null;
    }
    int from = plain.length() - r.title().length();
    return new Roles(r.organization(), TextUtil.trim(t.substring(printedAt[from])), r.province(), r.region());
  }

  private static Roles readPlain(String t) {
    List<String> parts = split(t);
    if (parts == null) {
      return null;
    }
    Part chosen = null;
    for (String p : parts) {
      Part part = part(p);
      if (part == null) {
        return null;
      }
      if (part.organization != null && (chosen == null || part.rank >= chosen.rank)) {
        chosen = part;
      }
    }
    if (chosen == null) {
      return null; // a title without an organisation (主任张波) is more often the end of a sentence than a header
    }
    // a deputy's or member's title is whole (全国政协委员); an official's follows the organisation (党组书记、主任)
    String title = chosen.rank != BODY && t.startsWith(chosen.organization)
        ? TextUtil.trim(t.substring(chosen.organization.length())) : t;
    if (title.isEmpty() || ROLE_SEPARATORS.indexOf(title.charAt(0)) >= 0) {
      return null;
    }
    return new Roles(chosen.organization, title, chosen.province, chosen.region);
  }

  /** One role: its organisation (null if none), how much it says about whom the statement is filed under. */
  private record Part(String organization, String province, String region, int rank) {}

  private static final int BODY = 1;
  private static final int INSTITUTION = 2;
  private static final int COMMISSION = 3;

  private static List<String> split(String t) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || ROLE_SEPARATORS.indexOf(t.charAt(i)) >= 0) {
        String p = t.substring(start, i);
        if (p.isEmpty()) {
          return null;
        }
        parts.add(p);
        start = i + 1;
      }
    }
    return parts;
  }

  private static Part part(String p) {
    int commission = commissionAt(p);
    if (commission >= 0) {
      return commissionPart(p, commission);
    }
    String core = withoutRank(p);
    if (!endsWithTitle(core)) {
      return null;
    }
    // The shortest organisation whose remainder is a plain title: 浙江省人民医院 | 党委书记, and
    // 中国医学科学院北京协和医院 | 院长 (北京协和医院院长 is no plain title).
    for (int end = 2; end <= core.length() - 2; end++) {
      String org = p.substring(0, end);
      if (isOrganization(org) && isPlainTitle(core.substring(end))) {
        return new Part(org, provinceOf(org), null, bodyEnd(org) ? BODY : INSTITUTION);
      }
    }
    return isPlainTitle(core) ? new Part(null, null, null, 0) : null;
  }

  /** Where a commission's name starts in the role, or -1. */
  private static int commissionAt(String p) {
    for (int at = p.indexOf('卫'); at >= 0; at = p.indexOf('卫', at + 1)) {
      for (String name : HeaderParser.COMMISSION_NAMES) {
        if (p.startsWith(name, at)) {
          return at;
        }
      }
    }
    return -1;
  }

  /** {@code <region><commission><title>}: the region must be real, the title must be one. */
  private static Part commissionPart(String p, int at) {
    String region = p.substring(0, at);
    String word = HeaderParser.COMMISSION_NAMES.stream().filter(n -> p.startsWith(n, at)).findFirst().orElseThrow();
    String title = p.substring(at + word.length());
    if (title.isEmpty() || !HeaderParser.isTitle(title)) {
      return null;
    }
    if (region.equals(NATIONAL)) {
      return new Part(region + word, null, region, COMMISSION);
    }
    if (!HeaderParser.isRealRegion(region)) {
      return null;
    }
    String province = Provinces.canonical(region);
    return new Part(region + word, province, region, COMMISSION);
  }

  /** Ends with an institution's last word and is a name, not a phrase: Han characters, digits and brackets. */
  private static boolean isOrganization(String org) {
    if (INSTITUTION_ENDS.indexOf(org.charAt(org.length() - 1)) < 0 && !bodyEnd(org)) {
      return false;
    }
    for (int i = 0; i < org.length(); i++) {
      char c = org.charAt(i);
      if (!TextUtil.isHanChar(c) && !Character.isDigit(c) && "（）()".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean bodyEnd(String org) {
    for (String body : BODIES) {
      if (org.endsWith(body)) {
        return true;
      }
    }
    return false;
  }

  /** A title without an organisation inside it: 党委副书记, 常务副院长; not 医政司司长 (司 is an organisation). */
  static boolean isPlainTitle(String title) {
    String core = withoutRank(title);
    for (String ending : TITLE_ENDINGS) {
      if (core.endsWith(ending)) {
        String modifiers = core.substring(0, core.length() - ending.length());
        return modifiers.length() <= 6 && !hasAny(modifiers, INSTITUTION_ENDS.replace("委", "").replace("组", ""));
      }
    }
    return false;
  }

  /** Ends with a commission's or an institution's name: 北京市卫生健康委, 国家卫生健康委医政司. */
  private static boolean endsWithOrganization(String text) {
    for (String name : HeaderParser.COMMISSION_NAMES) {
      if (text.endsWith(name)) {
        return true;
      }
    }
    return !text.isEmpty() && (INSTITUTION_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0 || bodyEnd(text));
  }

  private static boolean endsWithTitle(String core) {
    for (String ending : TITLE_ENDINGS) {
      if (core.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** The title without a rank in brackets after it: 副主任（正厅级）. */
  private static String withoutRank(String title) {
    if (title.endsWith("）") || title.endsWith(")")) {
      int open = Math.max(title.lastIndexOf('（'), title.lastIndexOf('('));
      if (open > 0) {
        return title.substring(0, open);
      }
    }
    return title;
  }

  /** The one province the organisation's name places it in (浙江省人民医院 → 浙江省), or null when none or several. */
  static String provinceOf(String organization) {
    Map<String, Integer> named = Places.provincesNamed(organization);
    return named.size() == 1 ? named.keySet().iterator().next() : null;
  }

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpaceInside(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TextUtil.isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

}
