package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wjw.ingest.PageChecks.names;
import static wjw.ingest.PageChecks.role;
import static wjw.ingest.PageChecks.segment;
import static wjw.ingest.PageChecks.titles;

import java.util.List;
import org.junit.jupiter.api.Test;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;

/** Pages built for one rule each, damaged in ways the seeds are not. */
class SegmenterTest {

  private static String page(String... lines) {
    return String.join("\n", lines);
  }

  @Test
  void headlineBeforeLeadAndHeaderWithCommitteeFullName() {
    Article a = segment("p.txt", page(
        "健康优先 惠民为本",
        "",
        "进入二〇二五年，各地卫生健康系统谋划新一年工",
        "作。",
        "",
        "广东省卫生健康委员会党组书记、主任\u3000朱宏",
        "",
        "朱宏",
        "广东将推进医疗卫生强基工程。"));
    assertEquals("健康优先 惠民为本", a.headline());
    assertEquals("进入二〇二五年，各地卫生健康系统谋划新一年工作。", a.lead());
    assertEquals(2025, a.year());
    Statement s = a.statements().get(0);
    assertEquals("广东省", s.province());
    assertEquals("广东省卫生健康委员会", s.organization());
    assertEquals(List.of("朱宏"), names(s));
    assertEquals(List.of("党组书记、主任"), titles(s));
    assertEquals("广东将推进医疗卫生强基工程。", s.text());
    assertEquals(LineRole.CAPTION, role(a, 8));
    assertEquals(LineRole.HEADLINE, role(a, 1));
  }

  @Test
  void shortRegionNameResolvesToFullName() {
    Article a = segment("p.txt", page(
        "四川卫生健康委副主任   李某某  ",
        "四川将深化医改。"));
    Statement s = a.statements().get(0);
    assertEquals("四川省", s.province());
    assertEquals("四川卫生健康委", s.organization());
    assertEquals(List.of("副主任"), titles(s));
    assertEquals(List.of("李某某"), names(s));
  }

  @Test
  void regionThatIsNoProvinceIsKeptAsPrinted() {
    Article a = segment("p.txt", page(
        "新疆生产建设兵团卫生健康委一级巡视员 买买提·艾力",
        "兵团将推进健康兵团建设。",
        "深圳市卫生健康委主任 王某",
        "深圳将建设国际医疗中心。"));
    assertEquals(2, a.statements().size());
    assertEquals("新疆生产建设兵团", a.statements().get(0).province());
    assertEquals(List.of("买买提·艾力"), names(a.statements().get(0)));
    assertEquals(List.of("一级巡视员"), titles(a.statements().get(0)));
    assertEquals("深圳市", a.statements().get(1).province());
    assertEquals("深圳市卫生健康委", a.statements().get(1).organization());
  }

  @Test
  void gluedTitleAndName() {
    Article a = segment("p.txt", page(
        "北京市卫生健康委党委书记钟东波",
        "北京市卫生健康委主任刘俊彩",
        "北京将做好5个方面工作。"));
    Statement s = a.statements().get(0);
    assertEquals(List.of("钟东波", "刘俊彩"), names(s));
    assertEquals(List.of("党委书记", "主任"), titles(s));
    assertEquals(1, a.statements().size());
  }

  @Test
  void sameOrganizationHeadersWithBlankLinesAndCaptionBetweenAreOneStatement() {
    Article a = segment("p.txt", page(
        "湖南省卫生健康委党组书记 甲乙丙",
        "",
        "",
        "甲乙丙",
        "",
        "湖南卫生健康委主任 丁戊己",
        "",
        "湖南将推进健康湖南建设。"));
    assertEquals(1, a.statements().size());
    assertEquals(List.of("甲乙丙", "丁戊己"), names(a.statements().get(0)));
    assertEquals("湖南省卫生健康委", a.statements().get(0).organization());
  }

  @Test
  void differentOrganizationsBackToBackAreSeparateStatements() {
    Article a = segment("p.txt", page(
        "上海市卫生健康委主任 甲一",
        "",
        "江苏省卫生健康委主任 乙二",
        "江苏将推进医改。",
        "上海市卫生健康委党委书记 丙三",
        "上海将建设医学高地。"));
    assertEquals(3, a.statements().size());
    assertTrue(a.statements().get(0).paragraphs().isEmpty());
    assertEquals("上海市", a.statements().get(0).province());
    assertEquals("江苏省", a.statements().get(1).province());
    // The same commission again after text is a new statement (positional attribution).
    assertEquals("上海市", a.statements().get(2).province());
    assertEquals(List.of("丙三"), names(a.statements().get(2)));
    assertEquals(List.of("p-1", "p-2", "p-3"), a.statements().stream().map(Statement::id).toList());
  }

  @Test
  void captionsInsideSentenceAreSkippedIncludingMultiNameAndCaptionBeforeItsHeader() {
    Article a = segment("p.txt", page(
        "云南省卫生健康委党组书记 张三",
        "张三 李四",
        "云南将推进边境卫生",
        "",
        "李四",
        "",
        "健康建设。",
        "云南省卫生健康委主任 李四"));
    Statement s = a.statements().get(0);
    assertEquals("云南将推进边境卫生健康建设。", s.text());
    assertEquals(List.of(3, 7), s.paragraphs().get(0).lines());
    assertEquals(LineRole.CAPTION, role(a, 2));
    assertEquals(LineRole.CAPTION, role(a, 5), "caption of a name whose header comes later");
    // Header after text: separate statement even though the commission is the same.
    assertEquals(2, a.statements().size());
  }

  @Test
  void hardWrappedLinesWithoutBlankLinesAreJoinedOnlyWhileOpen() {
    Article a = segment("p.txt", page(
        "贵州省卫生健康委主任 王五",
        "贵州将加快",
        "推进医疗",
        "卫生强基工程。",
        "第二段开始。",
        "第三段：",
        "一是强基层。",
        "他说：“健康是根本。”",
        "“要办好民生实事”",
        "等等。"));
    Statement s = a.statements().get(0);
    assertEquals(List.of(
        "贵州将加快推进医疗卫生强基工程。",
        "第二段开始。",
        "第三段：",
        "一是强基层。",
        "他说：“健康是根本。”",
        "“要办好民生实事”等等。"),
        s.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(List.of(2, 3, 4), s.paragraphs().get(0).lines());
    assertEquals("贵州将加快推进医疗卫生强基工程。\n第二段开始。\n第三段：\n一是强基层。\n他说：“健康是根本。”\n“要办好民生实事”等等。",
        s.text());
  }

  @Test
  void openParagraphAtEndOfStatementIsNotJoinedAcrossHeader() {
    Article a = segment("p.txt", page(
        "福建省卫生健康委主任 甲",
        "福建将聚力",
        "江西省卫生健康委主任 乙乙",
        "推进中医药强省建设。"));
    // 甲 is a one-character name: not a plausible name, so line 1 is no header.
    assertEquals(1, a.statements().size());
    Article b = segment("q.txt", page(
        "福建省卫生健康委主任 甲甲",
        "福建将聚力",
        "",
        "江西省卫生健康委主任 乙乙",
        "推进中医药强省建设。"));
    assertEquals(2, b.statements().size());
    assertEquals("福建将聚力", b.statements().get(0).text());
    assertEquals("推进中医药强省建设。", b.statements().get(1).text());
  }

  @Test
  void bylineBetweenStatementsIsArticleDataAndDoesNotEndTheStatement() {
    Article a = segment("p.txt", page(
        "浙江省卫生健康委主任 甲甲",
        "浙江将推进数字",
        "",
        "本报记者 张三、李四，王五",
        "采写",
        "",
        "健康建设。",
        "更多举措。"));
    assertEquals(List.of("张三", "李四", "王五"), a.reporters());
    Statement s = a.statements().get(0);
    assertEquals("浙江将推进数字健康建设。\n更多举措。", s.text());
    assertEquals(LineRole.BYLINE, role(a, 4));
    assertEquals(LineRole.BYLINE, role(a, 5));
  }

  @Test
  void bylineVariants() {
    Article a = segment("p.txt", page(
        "本版由本报记者赵六 钱七 孙八联合采写",
        "安徽省卫生健康委主任 甲甲",
        "安徽将推进医改。"));
    assertEquals(List.of("赵六", "钱七", "孙八"), a.reporters());
    assertEquals("", a.lead());
    assertEquals(LineRole.BYLINE, role(a, 1));
    Article b = segment("q.txt", page(
        "安徽省卫生健康委主任 甲甲",
        "安徽将推进医改。",
        "本版由本报记者周九,吴十",
        "整理"));
    assertEquals(List.of("周九", "吴十"), b.reporters());
    assertEquals("安徽将推进医改。", b.statements().get(0).text());
  }

  /**
   * Only a short heading before the first statement is the page's headline (issue 10): a short one among the
   * statements is the subtitle of the statement it stands in (kept in its text, marked as such), a long one a
   * paragraph of it; either way its words stay searchable. (Before issue 10 the second heading was page furniture.)
   */
  @Test
  void markdownHeadingAmongStatementsIsTheirSubtitleNotTheHeadline() {
    String longParagraph = "海南将全面推进自贸港医疗卫生建设，" + "持续深化医药卫生体制改革，完善公共卫生体系，".repeat(12) + "不断增强群众获得感。";
    Article a = segment("p.txt", page(
        "## 开局之年 健康先行",
        "迈进2027年，各地谋划新篇。",
        "海南省卫生健康委主任 甲甲",
        "海南将推进",
        "# 第二个标题",
        "自贸港医疗建设。",
        "",
        "# " + longParagraph));
    assertEquals("开局之年 健康先行", a.headline());
    assertEquals(2027, a.year());
    assertEquals("迈进2027年，各地谋划新篇。", a.lead());
    Statement s = a.statements().get(0);
    assertEquals(List.of("海南将推进自贸港医疗建设。", "第二个标题", longParagraph),
        s.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(List.of(Paragraph.TEXT, Paragraph.SUBTITLE, Paragraph.TEXT),
        s.paragraphs().stream().map(Paragraph::role).toList());
    assertEquals(LineRole.STATEMENT, role(a, 5));
    assertEquals(LineRole.STATEMENT, role(a, 8));
  }

  @Test
  void leadFragmentIsNotMistakenForHeadline() {
    Article a = segment("p.txt", page(
        "踏入2028年，各地卫生健康系统努力为人民",
        "群众提供全方位健康保障",
        "",
        "以人为本",
        "西藏自治区卫生健康委主任 扎西顿珠",
        "西藏将推进健康西藏建设。"));
    assertEquals("以人为本", a.headline());
    assertEquals("踏入2028年，各地卫生健康系统努力为人民群众提供全方位健康保障", a.lead());
    assertEquals(2028, a.year());
    assertEquals("西藏自治区", a.statements().get(0).province());
  }

  @Test
  void pageWithoutHeadersIsOneAnonymousStatement() {
    Article a = segment("no headers!.md", page(
        "# 健康中国 行稳致远",
        "",
        "2025年，各地卫生健康系统",
        "持续推进改革。",
        "本报记者 陈一",
        "2026年将继续努力。"));
    assertEquals("no_headers_", a.id());
    assertEquals("健康中国 行稳致远", a.headline());
    assertEquals(List.of("陈一"), a.reporters());
    assertEquals("", a.lead());
    assertEquals(1, a.statements().size());
    Statement s = a.statements().get(0);
    assertEquals("no_headers_-1", s.id());
    assertNull(s.province());
    assertNull(s.organization());
    assertTrue(s.officials().isEmpty());
    assertEquals("2025年，各地卫生健康系统持续推进改革。\n2026年将继续努力。", s.text());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("no statement headers")));
    // Tie between 2025 and 2026 mentions: the later year wins.
    assertEquals(2026, a.year());
    assertEquals(2026, s.year());
  }

  @Test
  void yearFallsBackToMostCitedYearAndIsNullWhenAbsent() {
    Article a = segment("p.txt", page(
        "甘肃省卫生健康委主任 甲甲",
        "2023年成效显著。2024年继续推进，2024年完成目标。2025年展开。"));
    assertEquals(2024, a.year());
    Article b = segment("q.txt", "甘肃省卫生健康委主任 甲甲\n没有年份。");
    assertNull(b.year());
    assertNull(b.statements().get(0).year());
    assertTrue(b.notes().contains(Segmenter.NOTE_NO_YEAR));
  }

  @Test
  void crlfCrAndBomAndTabs() {
    String text = "\uFEFF展望2030年，新征程。\r\n\r\n陕西省卫生健康委主任\t王\u3000某\r\n\r\n王某\r陕西将推进\r\n健康陕西建设。\r\n";
    Article a = segment("p.txt", text);
    assertEquals(2030, a.year());
    assertEquals("展望2030年，新征程。", a.lead());
    Statement s = a.statements().get(0);
    assertEquals("陕西省", s.province());
    assertEquals("陕西将推进健康陕西建设。", s.text());
    assertEquals(List.of(6, 7), s.paragraphs().get(0).lines());
    assertEquals(LineRole.CAPTION, role(a, 5));
  }

  @Test
  void statementsInAnyOrderKeepPrintedOrder() {
    Article a = segment("p.txt", page(
        "澳门特别行政区卫生健康委主任 甲甲",
        "澳门文字。",
        "重庆卫生健康委主任 乙乙",
        "重庆文字。",
        "宁夏回族自治区卫生健康委主任 丙丙",
        "宁夏文字。"));
    assertEquals(List.of("澳门特别行政区", "重庆市", "宁夏回族自治区"),
        a.statements().stream().map(Statement::province).toList());
  }

  @Test
  void sentenceMentioningCommissionIsNotAHeader() {
    Article a = segment("p.txt", page(
        "山东省卫生健康委主任 甲甲",
        "山东省卫生健康委将全力推进改革 持续发力",
        "国家卫生健康委确定的 为民服务"));
    assertEquals(1, a.statements().size());
    assertEquals(LineRole.STATEMENT, role(a, 2));
    assertEquals(LineRole.STATEMENT, role(a, 3));
  }

  @Test
  void twoHeadersOnOneLineAndDecoratedHeaders() {
    Article a = segment("p.txt", page(
        "**北京市卫生健康委党委书记 钟东波**  北京市卫生健康委主任 刘俊彩",
        "钟东波 刘俊彩",
        "北京文字。",
        "■河北省卫生健康委主任 王现坤",
        "河北文字。"));
    assertEquals(2, a.statements().size());
    assertEquals(List.of("钟东波", "刘俊彩"), names(a.statements().get(0)));
    assertEquals(List.of("党委书记", "主任"), titles(a.statements().get(0)));
    assertEquals("河北省", a.statements().get(1).province());
    assertEquals("河北文字。", a.statements().get(1).text());
  }

  @Test
  void letterSpacedNameInHeaderAndCaption() {
    Article a = segment("p.txt", page(
        "青海省卫生健康委主任 王\u3000某",
        "王 某",
        "青海将推进",
        "联合采写",
        "高原医学建设。"));
    Statement s = a.statements().get(0);
    assertEquals(List.of("王某"), names(s));
    assertEquals(LineRole.CAPTION, role(a, 2));
    assertEquals(LineRole.BYLINE, role(a, 4));
    assertEquals("青海将推进高原医学建设。", s.text());
  }

  @Test
  void standalonePhrasedHeadlineAmongStatements() {
    Article a = segment("p.txt", page(
        "湖北省卫生健康委主任 甲甲",
        "",
        "湖北将推进医改。",
        "",
        "奋楫扬帆 健康先行",
        "",
        "湖北将建设医学高地。"));
    assertEquals("奋楫扬帆 健康先行", a.headline());
    assertEquals(LineRole.HEADLINE, role(a, 5));
    assertEquals("湖北将推进医改。\n湖北将建设医学高地。", a.statements().get(0).text());
  }

  @Test
  void articleIdReplacesOddCharacters() {
    assertEquals("健康报_2026-01", Article.idOf("dir/健康报 2026-01.txt"));
    assertEquals("a_b_c", Article.idOf("a.b c.txt"));
    assertEquals("x_y", Article.idOf("C:\\data\\x y.txt"));
    assertEquals("noext", Article.idOf("noext"));
    assertEquals("_hidden", Article.idOf(".hidden"));
    assertEquals("article", Article.idOf(""));
  }
}
