package wjw.ingest.lines;

import java.util.Set;
import java.util.regex.Pattern;
import wjw.ingest.headers.HeaderMarks;
import wjw.ingest.text.TextUtil;

/**
 * Lines a newspaper page prints around its articles that are nobody's statement: page labels ({@code 第03版:要闻}),
 * datelines and sources ({@code 《人民政协报》(2023年03月05日 第03版)}), section labels ({@code 阅读提示},
 * {@code 编者按}) and editors' credits ({@code 责任编辑：张三}). Each is recognised from the whole line, never from a
 * sentence that merely contains such words.
 */
final class PageFurniture {

  /** Datelines and labels are short; a longer line is text. */
  private static final int MAX_LENGTH = 50;

  private static final Pattern PAGE_LABEL = Pattern.compile(
      "^(?:第\\s*)?[A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}\\s*版(?:[\\s:：·•\\-—/|｜]*\\p{IsHan}{2,10})?$"
          + "|^\\p{IsHan}{2,10}[\\s:：·•\\-—/|｜]*第\\s*[0-9０-９]{1,3}\\s*版$");

  private static final Pattern DATE = Pattern.compile(
      "(?:19|20)[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日|(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}");
  private static final Pattern PAGE_NUMBER = Pattern.compile("第\\s*[0-9０-９]{1,3}\\s*版");
  private static final Pattern PAPER = Pattern.compile("《[^《》]{2,12}》");
  private static final Pattern SOURCE = Pattern.compile("^[（(]?(?:来源|稿件来源|信息来源|出处|原载)[：:]");
  /** What a dateline holds besides the date, the page and the paper: weekdays, brackets, the word 版 … */
  private static final Pattern DATELINE_REST = Pattern.compile(
      "星期[一二三四五六日天]|周[一二三四五六日]|农历\\p{IsHan}{2,8}|[()（）\\[\\]【】\\s,，、:：·•|｜/—\\-]|版");

  private static final Set<String> SECTION_LABELS = Set.of(
      "阅读提示", "编者按", "编者的话", "编后", "编后语", "核心提示", "导读", "本期导读", "本版导读", "提要", "内容提要", "摘要",
      "相关链接", "链接", "延伸阅读", "记者手记", "记者观察", "背景", "新闻背景", "背景链接", "小贴士", "图片新闻", "数读",
      "速览", "要点", "划重点", "声音", "观点", "短评", "评论");

  private static final Pattern CREDIT = Pattern.compile(
      "^(?:责任编辑|本版编辑|本版责编|责编|编辑|美术编辑|美编|校对|版式设计|版式|制图|摄影|图片|审核|统筹|策划)"
          + "[\\s:：]+\\p{IsHan}{2,4}(?:[\\s、，,]+\\p{IsHan}{2,4}){0,3}$");

  private PageFurniture() {}

  /** {@code 第03版:要闻}, {@code A3版 综合}, {@code 要闻 第3版}. */
  static boolean isPageLabel(String line) {
    return line.length() <= 24 && line.indexOf('版') >= 0 && PAGE_LABEL.matcher(line).matches();
  }

  /**
   * A dateline or source: a date, a page number or a paper's name (at least one, a date or page when only a paper),
   * and nothing else but a few words, no sentence.
   */
  static boolean isDateline(String line) {
    if (line.length() > MAX_LENGTH || hasSentencePunctuation(line)) {
      return false;
    }
    if (SOURCE.matcher(line).find()) {
      return true;
    }
    boolean date = DATE.matcher(line).find();
    boolean page = PAGE_NUMBER.matcher(line).find();
    boolean paper = PAPER.matcher(line).find();
    if (!date && !page) {
      return false;
    }
    String rest = DATELINE_REST.matcher(PAPER.matcher(PAGE_NUMBER.matcher(DATE.matcher(line).replaceAll(""))
        .replaceAll("")).replaceAll("")).replaceAll("");
    // what is left may name the paper without brackets (健康报), no more: 自2025年1月1日起施 is a piece of a sentence
    return rest.codePoints().allMatch(TextUtil::isHan)
        && (rest.isEmpty() || (rest.length() <= 4 && (paper || page)) || (rest.length() <= 8 && rest.endsWith("报")));
  }

  /** {@code 阅读提示}, {@code 【编者按】}, {@code 编者按：} alone on a line. */
  static boolean isSectionLabel(String line) {
    if (line.length() > 12) {
      return false;
    }
    return SECTION_LABELS.contains(HeaderMarks.strip(line).core());
  }

  /** {@code 责任编辑：张三}, {@code 本版编辑 李四 王五}: the editors' credit, like a byline (a colon or space after the word). */
  static boolean isCredit(String line) {
    return line.length() <= 30 && CREDIT.matcher(line).matches();
  }

  private static boolean hasSentencePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；' || c == '“' || c == '”') {
        return true;
      }
    }
    return false;
  }
}
