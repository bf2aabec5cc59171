package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wjw.ingest.PageChecks.names;
import static wjw.ingest.PageChecks.role;
import static wjw.ingest.PageChecks.titles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;

class SeedPagesTest {
  private static final Path SEED_2026 = Path.of("seeds", "000_d51fea8ea64b6d2e.txt");
  private static final Path SEED_2024 = Path.of("seeds", "002_10f19fc5a49f6661.txt");

  private static Article read(Path file) throws Exception {
    Article a = new ArticleReader().read(file).article();
    PageChecks.assertNothingLost(Files.readString(file, StandardCharsets.UTF_8), a);
    return a;
  }

  /**
   * A long paragraph printed as a markdown heading in the middle of the page (issue 10) stays in its statement, its
   * words searchable; the page's headline stays the real one.
   */
  @Test
  void aMarkdownParagraphInTheMiddleOfThePageIsNoHeadline() throws Exception {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SEED_2026, StandardCharsets.UTF_8));
    String paragraph = lines.get(99);
    assertTrue(paragraph.length() > 60 && paragraph.startsWith("2025年，黑龙江省卫生健康系统"), paragraph);
    lines.set(99, "# " + paragraph);
    String text = String.join("\n", lines);
    Article a = new Segmenter().segment("000_d51fea8ea64b6d2e.txt", text);
    PageChecks.assertNothingLost(text, a);
    assertEquals("以人为本 健康优先", a.headline());
    assertEquals(read(SEED_2026).lead(), a.lead());
    Statement heilongjiang = a.statements().get(4);
    assertEquals(List.of("崔枫"), names(heilongjiang));
    // the line, its markup dropped, still opens the paragraph its sentence runs on in (lines 100 and 102)
    List<Integer> asPrinted = read(SEED_2026).statements().get(4).paragraphs().get(0).lines();
    assertTrue(heilongjiang.paragraphs().stream().anyMatch(p -> p.text().startsWith(paragraph)
        && p.lines().equals(asPrinted)), heilongjiang.text());
    assertEquals(LineRole.STATEMENT, role(a, 100));
  }

  @Test
  void page2026Metadata() throws Exception {
    Article a = read(SEED_2026);
    assertEquals("000_d51fea8ea64b6d2e.txt", a.source());
    assertEquals("000_d51fea8ea64b6d2e", a.id());
    assertEquals(2026, a.year());
    assertEquals("以人为本 健康优先", a.headline());
    assertEquals(List.of("杨世嘉", "郭蕾"), a.reporters());
    assertTrue(a.lead().startsWith("“民生无小事，枝叶总关情。”"));
    assertTrue(a.lead().contains("努力为人民群众提供全方位全周期健康保障"), "lead lines 3 and 5 joined");
    assertTrue(a.lead().endsWith("更可持续。"));
    assertFalse(a.lead().contains("\n"));
    assertFalse(a.lead().contains("以人为本"));
    assertTrue(a.notes().isEmpty(), a.notes().toString());
  }

  @Test
  void page2026Statements() throws Exception {
    Article a = read(SEED_2026);
    List<Statement> s = a.statements();
    assertEquals(7, s.size());
    List<String> provinces = s.stream().map(Statement::province).toList();
    assertEquals(List.of("北京市", "天津市", "山西省", "辽宁省", "黑龙江省", "内蒙古自治区", "吉林省"), provinces);
    assertEquals(List.of("北京市卫生健康委", "天津市卫生健康委", "山西省卫生健康委", "辽宁省卫生健康委",
        "黑龙江省卫生健康委", "内蒙古自治区卫生健康委", "吉林省卫生健康委"),
        s.stream().map(Statement::organization).toList());
    assertEquals(List.of("钟东波", "刘俊彩"), names(s.get(0)));
    assertEquals(List.of("党委书记", "主任"), titles(s.get(0)));
    assertEquals(List.of("王栩冬"), names(s.get(1)));
    assertEquals(List.of("党委书记、主任"), titles(s.get(1)));
    assertEquals(List.of("张波"), names(s.get(2)));
    assertEquals(List.of("陈艳兰"), names(s.get(3)));
    assertEquals(List.of("崔枫"), names(s.get(4)));
    assertEquals(List.of("刘勇"), names(s.get(5)));
    assertEquals(List.of("徐晓红"), names(s.get(6)));
    for (int i = 2; i < 7; i++) {
      assertEquals(List.of("党组书记、主任"), titles(s.get(i)));
    }
    for (Statement st : s) {
      assertEquals(2026, st.year());
      assertFalse(st.text().contains("本版由本报记者"));
      assertFalse(st.text().contains("联合采写"));
      assertFalse(st.text().contains("以人为本 健康优先"));
    }
  }

  @Test
  void page2026Paragraphs() throws Exception {
    Article a = read(SEED_2026);
    Statement beijing = a.statements().get(0);
    assertEquals(7, beijing.paragraphs().size());
    assertEquals(List.of(20), beijing.paragraphs().get(0).lines());
    assertTrue(beijing.paragraphs().get(0).text().startsWith("2026年是“十五五”开局之年"));
    assertEquals(List.of(22, 24), beijing.paragraphs().get(1).lines());
    assertTrue(beijing.paragraphs().get(1).text().contains("加强对口支援和国际医疗卫生服务行动计划。"));
    // Open at the end of the statement: kept as printed, not joined with the next statement.
    assertTrue(beijing.text().endsWith("（科室）建设。聚力"));
    assertFalse(beijing.text().contains("钟东波"));

    Statement tianjin = a.statements().get(1);
    assertTrue(tianjin.text().contains("国家区域公共卫生中心等重大项目落地，建设富有韧性"));
    assertTrue(tianjin.text().contains("以京津冀区域协同发展和京津同城化发展为战略牵引"));
    // The 山西 block printed after 天津's text (lines 54–62) is repaired away: 天津 ends at line 52.
    assertEquals(List.of(52), tianjin.paragraphs().get(tianjin.paragraphs().size() - 1).lines());
    assertFalse(tianjin.text().contains("养育负担"));

    Statement shanxi = a.statements().get(2);
    assertEquals(List.of(70), shanxi.paragraphs().get(0).lines());
    assertTrue(shanxi.text().contains("减轻家庭生育养育负担。"));
    assertEquals(List.of(List.of(70), List.of(72), List.of(74), List.of(76, 54), List.of(56), List.of(58),
        List.of(60), List.of(62)), shanxi.paragraphs().stream().map(Paragraph::lines).toList());
    Statement liaoning = a.statements().get(3);
    assertTrue(liaoning.text().contains("以人民为中心的发展思想"));
    assertTrue(liaoning.text().contains("服务保障进一步加强，中医药强省建设迈上新台阶，"));
    assertEquals(List.of(List.of(88, 90), List.of(92, 78), List.of(80)),
        liaoning.paragraphs().stream().map(Paragraph::lines).toList());

    Statement heilongjiang = a.statements().get(4);
    assertEquals(List.of(106, 108), heilongjiang.paragraphs().get(2).lines());
    assertTrue(heilongjiang.text().contains("2026年，黑龙江省卫生健康系统将重点在5个方面攻坚发力："));

    Statement neimenggu = a.statements().get(5);
    assertTrue(neimenggu.text().contains("坚持深化改革，医疗服务效能实现新突破。"));
    assertTrue(neimenggu.text().contains("全区卫生健康系统将锚定目标"));
    assertTrue(neimenggu.text().endsWith("基层人才定向培养、大学生乡村医生专项计划。"));

    Statement jilin = a.statements().get(6);
    assertEquals(4, jilin.paragraphs().size());
    assertTrue(jilin.text().contains("四中全会精神和全国卫生健康工作会议"));
  }

  @Test
  void page2026LineRoles() throws Exception {
    Article a = read(SEED_2026);
    assertEquals(LineRole.LEAD, role(a, 3));
    assertEquals(LineRole.LEAD, role(a, 5));
    assertEquals(LineRole.HEADLINE, role(a, 7));
    assertEquals(LineRole.HEADER, role(a, 9));
    assertEquals(LineRole.HEADER, role(a, 10));
    assertEquals(LineRole.CAPTION, role(a, 14));
    assertEquals(LineRole.CAPTION, role(a, 18));
    assertEquals(LineRole.STATEMENT, role(a, 20));
    assertEquals(LineRole.BYLINE, role(a, 110));
    assertEquals(LineRole.BYLINE, role(a, 111));
    assertEquals(LineRole.HEADER, role(a, 113));
    assertEquals(LineRole.CAPTION, role(a, 117));
    long headers = a.lines().stream().filter(l -> l.role() == LineRole.HEADER).count();
    long captions = a.lines().stream().filter(l -> l.role() == LineRole.CAPTION).count();
    assertEquals(8, headers);
    assertEquals(8, captions);
    SourceLine line20 = a.lines().stream().filter(l -> l.number() == 20).findFirst().orElseThrow();
    assertEquals(a.id() + "-1", line20.statementId());
  }

  @Test
  void page2024Metadata() throws Exception {
    Article a = read(SEED_2024);
    assertEquals("002_10f19fc5a49f6661", a.id());
    assertEquals(2024, a.year());
    assertEquals("步伐坚实 坚持以人民为中心", a.headline());
    assertEquals(List.of(), a.reporters());
    assertTrue(a.lead().startsWith("在二〇二四年新年贺词中,国家主席习近平"), "ASCII commas kept as printed");
    assertTrue(a.lead().endsWith("开好局起好步。"));
    assertEquals(LineRole.HEADLINE, role(a, 5));
    assertEquals(LineRole.LEAD, role(a, 3));
  }

  @Test
  void page2024Statements() throws Exception {
    Article a = read(SEED_2024);
    List<Statement> s = a.statements();
    assertEquals(8, s.size());
    assertEquals(List.of("北京市", "河北省", "山西省", "天津市", "内蒙古自治区", "吉林省", "辽宁省", "黑龙江省"),
        s.stream().map(Statement::province).toList());
    assertEquals(List.of("钟东波", "刘俊彩"), names(s.get(0)));
    assertEquals(List.of("王现坤"), names(s.get(1)));
    assertEquals(List.of("张波"), names(s.get(2)));
    assertEquals(List.of("王栩冬"), names(s.get(3)));
    assertEquals(List.of("刘勇"), names(s.get(4)));
    assertEquals(List.of("邢程"), names(s.get(5)));
    assertEquals(List.of("徐英辉"), names(s.get(6)));
    assertEquals(List.of("魏新刚", "方传龙"), names(s.get(7)));
    assertEquals(List.of("党组书记", "主任"), titles(s.get(7)));
    s.forEach(st -> assertEquals(2024, st.year()));
  }

  @Test
  void page2024CaptionInsideSentence() throws Exception {
    Article a = read(SEED_2024);
    Statement beijing = a.statements().get(0);
    Paragraph first = beijing.paragraphs().get(0);
    assertTrue(first.text().contains("奋力创新发展、扛起责任使命的一年。"));
    assertFalse(first.text().contains("刘俊彩"));
    // Line 20 itself ends open (加强首 / 都公共卫生), so line 22 continues the same paragraph.
    assertEquals(List.of(14, 20, 22), first.lines());
    assertTrue(first.text().contains("扎实推进新一轮加强首都公共卫生应急管理体系"));
    assertEquals(LineRole.CAPTION, role(a, 18));
    assertEquals(2, beijing.paragraphs().size());

    Statement heilongjiang = a.statements().get(7);
    assertEquals(List.of(155, 161), heilongjiang.paragraphs().get(1).lines());
    assertEquals(LineRole.CAPTION, role(a, 159));
    assertEquals(LineRole.HEADER, role(a, 146));
    assertEquals(LineRole.HEADER, role(a, 147));
  }

  @Test
  void page2024KeepsPunctuationAndTrimsTrailingSpaces() throws Exception {
    Article a = read(SEED_2024);
    SourceLine header = a.lines().stream().filter(l -> l.number() == 7).findFirst().orElseThrow();
    assertEquals("北京市卫生健康委党委书记 钟东波", header.text());
    Statement hebei = a.statements().get(1);
    assertTrue(hebei.text().startsWith("2024年,河北省卫生健康系统将构建"));
    assertTrue(hebei.text().contains("持续擦亮健康优享名片,促进健康服务更加普惠便民。"));
    Statement tianjin = a.statements().get(3);
    assertTrue(tianjin.text().contains("促进“学科、团队、项目、产出”联动发展。"));
    assertNull(a.lines().stream().filter(l -> l.role() == LineRole.HEADLINE).findFirst().orElseThrow().statementId());
  }
}
