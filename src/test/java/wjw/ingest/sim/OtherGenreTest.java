package wjw.ingest.sim;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;

/** Pages of another genre (plain news) get no invented officials and lose no text. */
class OtherGenreTest {

  private static final String INLINE_QUOTE = """
      北京推进紧密型医联体建设

      本报讯 2月10日，北京市政府新闻办举行发布会，介绍今年卫生健康重点工作。北京市卫生健康委主任刘俊彩表示，\
      今年将巩固拓展京津冀医联体建设成果，完善紧密型县域医共体管理运行机制。

      发布会上，北京市卫生健康委党委书记钟东波介绍，全市将实施康复护理扩容提升工程，推动5G智慧急救服务体系互联互通。

      据了解，北京今年还将扎实开展普惠托育服务发展、乡村医生队伍培训等一系列民生工程。
      """;

  private static final String NO_OFFICIAL = """
      # 多地开展健康体重管理行动

      记者近日从多地卫生健康部门获悉，“健康体重管理年”行动正在各地陆续展开，体重门诊、营养指导等服务

      进一步向基层延伸。

      业内人士认为，健康体重管理需要个人、家庭和社会共同参与。
      """;

  // A hard wrap that leaves an all-Han line ending in a title and a name: a glued header to a naive parser. It is
  // text because 会上北京市 is no real region (HeaderParser.isRealRegion).
  private static final String WRAPPED_MENTION = """
      北京推进紧密型医联体建设

      2月10日，北京市政府新闻办举行发布会，
      会上北京市卫生健康委主任刘俊彩
      介绍了今年卫生健康重点工作，全市将巩固拓展京津冀医联体建设成果。
      """;

  @Test
  void officialQuotedInlineIsNoHeader() {
    Article a = new Segmenter().segment("news.txt", INLINE_QUOTE);
    assertOneAnonymousStatement(a, INLINE_QUOTE);
    assertTrue(a.statements().get(0).text().contains("北京市卫生健康委主任刘俊彩表示，今年将巩固拓展京津冀医联体建设成果"));
  }

  @Test
  void pageWithoutOfficials() {
    Article a = new Segmenter().segment("news.txt", NO_OFFICIAL);
    assertEquals("多地开展健康体重管理行动", a.headline());
    assertOneAnonymousStatement(a, NO_OFFICIAL);
    assertTrue(a.statements().get(0).text().contains("营养指导等服务进一步向基层延伸。"), "split sentence rejoined");
  }

  @Test
  void wrappedMentionInRunningTextIsNoHeader() {
    Article a = new Segmenter().segment("news.txt", WRAPPED_MENTION);
    assertOneAnonymousStatement(a, WRAPPED_MENTION);
    assertTrue(a.statements().get(0).text().contains("举行发布会，会上北京市卫生健康委主任刘俊彩介绍了"));
  }

  /** No header, no caption, one statement without officials or province, holding every line but the headline. */
  private static void assertOneAnonymousStatement(Article a, String text) {
    List<SourceLine> lines = a.lines();
    assertAll(
        () -> assertEquals(List.of(), lines.stream().filter(l -> l.role() == LineRole.HEADER
            || l.role() == LineRole.CAPTION).map(SourceLine::text).toList(), "no header or caption in running text"),
        () -> assertEquals(1, a.statements().size(), "one statement"),
        () -> assertEquals(List.of(), a.statements().get(0).officials(), "no invented officials"),
        () -> assertNull(a.statements().get(0).province(), "no province"),
        () -> assertEquals(bodyLines(text), a.statements().stream().flatMap(s -> s.paragraphs().stream())
            .flatMap(p -> p.lines().stream()).sorted().toList(), "every body line kept, once"),
        () -> assertEquals(bodyText(text), a.statements().stream().map(Statement::paragraphs)
            .flatMap(List::stream).map(Paragraph::text).collect(Collectors.joining()), "all text kept"));
  }

  /** Line numbers of every non-blank line after the first (the headline). */
  private static List<Integer> bodyLines(String text) {
    String[] raw = text.split("\n", -1);
    return java.util.stream.IntStream.range(1, raw.length).filter(i -> !raw[i].isBlank()).map(i -> i + 1)
        .boxed().toList();
  }

  private static String bodyText(String text) {
    String[] raw = text.split("\n", -1);
    return java.util.Arrays.stream(raw).skip(1).map(String::strip).collect(Collectors.joining());
  }
}
