package wjw.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import wjw.ingest.places.PlaceMention;
import wjw.ingest.places.Places;
import wjw.ingest.places.ProvinceAliases;

/**
 * The place names in a text that say whose text it is, as opposed to places it merely mentions. A statement names
 * other provinces in its own words — partners in cooperation and aid (东西部协作, 对口支援内蒙古), regional strategies
 * (京津冀, 承接北京非首都功能疏解), comparisons (与上海相比) — and such a mention says nothing about who speaks. Evidence of
 * ownership is:
 * <ul>
 *   <li>the province (or one of its cities) as the subject of a clause: at the clause's start, after at most a time
 *       phrase ({@code 2026年，辽宁省卫生健康系统将…}, {@code 2024年是天津市实施…}), not one of a list
 *       ({@code 北京、天津两地});
 *   <li>the province's own campaign: {@code 健康天津行动}, {@code 健康辽宁建设};
 *   <li>a literary name a province uses for itself ({@code 龙江模式}, {@code 首都});
 *   <li>an official's photo caption printed right before the text;
 *   <li>less sure, the province's places named in passing as the text's own ({@code 打造忻州市…品牌}, {@code 建好山西省…平台}):
 *       not after a word that makes them the object of a relation (与, 赴, 比 …), not one of a list; and 全区 (which
 *       names no region) for the page's one autonomous region.
 * </ul>
 * None counts in a clause about cooperation, aid, strategy or comparison, nor inside an institution's name
 * (北京协和医院 in 河北's plan).
 */
final class PlaceEvidence {

  /**
   * One piece of evidence: the place as printed, the province it says the text belongs to, and whether it says so
   * outright (subject of a clause, the province's own campaign, its literary name) or only by naming the province's
   * places in passing ({@code 打造忻州市…品牌}, {@code 建好山西省电子健康卡平台}).
   */
  record Owner(String name, String province, boolean strong) {}

  private static boolean isClauseEnd(char c) {
    return switch (c) {
      case '。', '！', '？', '；', '，', ',', ';', ':', '：', '!', '?', '\n' -> true;
      default -> false;
    };
  }
  /** What makes the place a list item or a partner rather than the subject: 北京、天津, 北京和天津, 北京等地. */
  private static final String LIST_NEXT = "、和与及同跟暨等/";
  private static final String OPENING_MARKS = "“‘「『（(《【 \u3000";
  /** How a speaker names its own side: with another place, a second party. */
  private static final List<String> SELF = List.of("我省", "我市", "我区", "本省", "本市", "我们");

  /** After a province as subject: its health system, its commission, or the future of its plans. */
  private static final List<String> SPEAKS_FOR = List.of("卫生健康", "卫健", "卫生计生", "医疗卫生", "将", "要", "今年",
      "全省", "全市", "全区", "在新的一年", "坚持", "持续", "继续", "计划", "力争", "着力");

  /** Words right before a place that make it the object of a relation: 与 和 同 跟 向 赴 到 比 对 从 自 及 接近 … */
  private static final String RELATION_BEFORE = "与和同跟向赴到比对从自及援近于往至在";

  /** A time phrase that may come before the subject of a clause. */
  private static final Pattern TIME_PREFIX = Pattern.compile(
      "^(?:(?:19|20)[0-9]{2}年|[一二〇零○][〇零○一二三四五六七八九]{3}年|今年|明年|去年|新的一年|新年|新征程上|近年来|近年|目前|当前"
          + "|下一步|今后|未来|同时|此外|其中|全年|年内|当年)?(?:是|里|中|起|以来|内|度)?$");

  /** Words of cooperation, aid, regional strategy and comparison: a clause holding one is about other places. */
  private static final List<String> ABOUT_OTHERS = List.of(
      "协作", "协同", "合作", "支援", "援建", "援助", "援疆", "援藏", "援派", "受援", "帮扶", "对口", "结对", "对接", "承接", "疏解",
      "联动", "一体化", "共建", "共享", "互认", "互通", "携手", "联合", "联盟", "签约", "签订", "协议", "对标", "借鉴", "学习", "看齐",
      "相比", "比较", "相较", "高于", "低于", "超过", "仅次于", "领先", "赶超", "落后", "差距", "辐射", "跨省", "跨区域", "异地",
      "京津冀", "长三角", "珠三角", "粤港澳", "成渝", "东西部", "毗邻", "周边", "接壤", "来自", "前往", "派驻", "选派", "外省",
      "省外", "兄弟", "我省", "我市", "我区", "本省", "本市", "两地", "三地", "多地", "双方", "等地", "等省");
  /** {@link #ABOUT_OTHERS} by first character, for a scan that tries only the words a character can start. */
  private static final java.util.Map<Character, List<String>> ABOUT_OTHERS_BY_FIRST = ABOUT_OTHERS.stream()
      .collect(java.util.stream.Collectors.groupingBy(w -> w.charAt(0)));

  /** Names inside an institution's name: a hospital a province builds with is no reference to its city. */
  private static final Pattern INSTITUTION = Pattern.compile(
      "(?:大学|学院|医院|协和|医科|中医药大学|儿童医院|肿瘤医院|人民医院|中心医院)");

  private PlaceEvidence() {}

  /**
   * What a text's places say: the evidence of ownership in text order, and every province it names at all (outside
   * institutions' names), with how many times — a mention says nothing about who speaks, but may conflict with
   * evidence that does.
   */
  record Reading(List<Owner> owners, Map<String, Integer> named) {}

  /**
   * Reads {@code text}; {@code region} is the page's one autonomous region (全区 names it), or null; {@code caption}
   * the official's photo printed right before the text (null if none): text printed after a photo inside a split
   * sentence is that official's.
   */
  static Reading read(String text, String region, TextLine.Caption caption) {
    List<Owner> owners = new ArrayList<>();
    Map<String, Integer> named = new HashMap<>();
    Clauses clauses = new Clauses(text);
    if (caption != null) {
      owners.add(new Owner("the caption " + caption.name(), caption.province(), true));
      named.merge(caption.province(), 1, Integer::sum);
    }
    List<PlaceMention> mentions = Places.mentions(text);
    for (PlaceMention m : mentions) {
      if (inInstitution(text, m)) {
        continue;
      }
      named.merge(m.province(), 1, Integer::sum);
      if (listed(text, m.start(), m.end())) {
        continue;
      }
      boolean subject = subjectOfClause(text, clauses.start(m.start()), m.start()) && speaksFor(text, m.end());
      if (clauses.aboutOthers(m.start())) {
        // a clause of cooperation or comparison says whose it is only through its subject, when no other party is
        // named (辽宁省卫生健康系统将对标国家卫生健康委部署要求; not 天津市将深化与北京的合作, 北京市对口支援我区)
        if (subject && !clauses.otherParty(m, mentions)) {
          owners.add(new Owner(m.name(), m.province(), true));
        }
        continue;
      }
      boolean strong = subject || ownCampaign(text, m.start());
      if (strong || !afterRelation(text, m.start())) {
        owners.add(new Owner(m.name(), m.province(), strong));
      }
    }
    int place = 0;
    for (PlaceMention alias : ProvinceAliases.mentions(text)) {
      // both lists are in text order: skip the places that end before this alias
      while (place < mentions.size() && mentions.get(place).end() <= alias.start()) {
        place++;
      }
      if (place < mentions.size() && mentions.get(place).start() < alias.end()) {
        continue; // 龙江 in 黑龙江省 is the place name, read above
      }
      named.merge(alias.province(), 1, Integer::sum);
      int at = alias.start();
      // 首都医科大学 is a university any province works with
      boolean institution = INSTITUTION.matcher(text).region(alias.end(), text.length()).lookingAt();
      if (!(at > 0 && text.charAt(at - 1) == '非') && !institution && !clauses.aboutOthers(at)) {
        owners.add(new Owner(alias.name(), alias.province(), true));
      }
    }
    if (region != null) {
      for (int at = text.indexOf("全区"); at >= 0; at = text.indexOf("全区", at + 2)) {
        named.merge(region, 1, Integer::sum);
        if (!clauses.aboutOthers(at)) {
          owners.add(new Owner("全区", region, false));
        }
      }
    }
    return new Reading(owners, named);
  }

  private static boolean inInstitution(String text, PlaceMention m) {
    return INSTITUTION.matcher(text).region(m.end(), text.length()).lookingAt();
  }

  /** At the start of its clause (which starts at {@code from}), after opening marks and at most a time phrase. */
  private static boolean subjectOfClause(String text, int from, int start) {
    while (from < start && OPENING_MARKS.indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    return from == start || TIME_PREFIX.matcher(text).region(from, start).matches();
  }

  /** One of a list (北京、天津两地, 北京和天津) rather than a subject or a possessor of its own. */
  private static boolean listed(String text, int start, int end) {
    return (end < text.length() && LIST_NEXT.indexOf(text.charAt(end)) >= 0)
        || (start > 0 && text.charAt(start - 1) == '、');
  }

  /** Right after a word that relates the text to the place (与北京, 赴上海, 比全国, 向西部): the place is its object. */
  private static boolean afterRelation(String text, int start) {
    return start > 0 && RELATION_BEFORE.indexOf(text.charAt(start - 1)) >= 0;
  }

  /**
   * What follows the subject says the province speaks of its own plans and work: 辽宁省卫生健康系统将…, 吉林省将…,
   * 天津市卫生健康委…. A fact about a place (上海已建成…) may be told in anyone's statement.
   */
  private static boolean speaksFor(String text, int end) {
    for (String marker : SPEAKS_FOR) {
      if (text.startsWith(marker, end)) {
        return true;
      }
    }
    return false;
  }

  /** 健康天津, 健康辽宁: the campaign a province names after itself. */
  private static boolean ownCampaign(String text, int start) {
    return start >= 2 && text.startsWith("健康", start - 2);
  }

  /**
   * The clauses of one text, found once: a page's line may be a single huge run of places with no clause mark (a
   * fuzzer's), where looking for each place's clause from scratch would take the square of its length.
   */
  private static final class Clauses {
    private final String text;
    /** Positions of clause marks, in order; found when first asked (most texts name no place). */
    private int[] marks;
    private int count;
    /** Per clause (by index of the mark that ends it): 0 unknown, 1 about others, 2 not. */
    private byte[] about;

    Clauses(String text) {
      this.text = text;
    }

    private void find() {
      int[] found = new int[8];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        if (isClauseEnd(text.charAt(i))) {
          if (n == found.length) {
            found = java.util.Arrays.copyOf(found, 2 * n);
          }
          found[n++] = i;
        }
      }
      marks = found;
      count = n;
    }

    private boolean holdsCue(int from, int to) {
      for (int i = from; i < to; i++) {
        List<String> words = ABOUT_OTHERS_BY_FIRST.get(text.charAt(i));
        if (words != null) {
          for (String w : words) {
            if (i + w.length() <= to && text.startsWith(w, i)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * The clause of m names another party: another province's place, or the speaker's own (我省, 我们) set against
     * it.
     */
    boolean otherParty(PlaceMention m, List<PlaceMention> mentions) {
      int k = clause(m.start());
      int from = start(m.start());
      int to = k < count ? marks[k] : text.length();
      for (PlaceMention other : mentions) {
        if (other.start() >= from && other.end() <= to && !other.province().equals(m.province())) {
          return true;
        }
      }
      for (String self : SELF) {
        int at = text.indexOf(self, from);
        if (at >= 0 && at < to) {
          return true;
        }
      }
      return false;
    }

    /** The index of the clause holding position at: the number of marks before it. */
    private int clause(int at) {
      if (marks == null) {
        find();
      }
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (marks[mid] < at) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    int start(int at) {
      int k = clause(at);
      return k == 0 ? 0 : marks[k - 1] + 1;
    }

    /** The clause around {@code at} speaks of cooperation, aid, strategy or comparison. */
    boolean aboutOthers(int at) {
      int k = clause(at);
      if (about == null) {
        about = new byte[count + 1];
      }
      if (about[k] == 0) {
        int end = k < count ? marks[k] : text.length();
        about[k] = (byte) (holdsCue(start(at), end) ? 1 : 2);
      }
      return about[k] == 1;
    }
  }
}
