package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.SourceLine;

/**
 * Pages that name officials without quoting them as speakers get no officials: news prose with titles and names
 * inline (on one line or wrapped), tables of contents, lists of names or of people with their titles, one long
 * paragraph. Each is one statement without officials, keeps every line, and says so in its notes.
 */
class NoInventedSpeakersTest {

  @Test
  void newsProseWithTitlesAndNamesInline() {
    assertNoSpeakers(String.join("\n",
        "多地部署今年卫生健康重点工作",
        "",
        "浙江省卫生健康委党委书记、主任王仁元介绍，今年将深入推进“山海”提升工程，推动优质医疗资源扩容下沉。",
        "",
        "据国家卫生健康委医政司司长张宗久介绍，全国三级医院将全面推行检查检验结果互认。",
        "",
        "全国人大代表、湖南省人民医院院长李为民建议，加快建设紧密型城市医疗集团。",
        "",
        "记者从四川大学华西医院获悉，该院院长刘志红表示，将进一步提升疑难危重症诊疗能力。",
        "",
        "会议由北京市卫生健康委主任刘俊彩主持，全国政协委员、中国工程院院士王辰出席并讲话。"));
  }

  @Test
  void titleAndNameWrappedAtTheEndOfALine() {
    assertNoSpeakers(String.join("\n",
        "多地部署今年卫生健康重点工作",
        "",
        "2月10日，省政府新闻办举行新闻发布会，",
        "浙江省卫生健康委党委书记、主任王仁元",
        "介绍了今年卫生健康重点工作，全省将深入推进“山海”提升工程。",
        "",
        "四川大学华西医院院长李为民",
        "表示，将进一步提升疑难危重症诊疗能力。"));
  }

  @Test
  void tableOfContents() {
    assertNoSpeakers(String.join("\n",
        "本期导读",
        "",
        "以人为本 健康优先……………………2",
        "北京市卫生健康委党委书记 钟东波……3",
        "天津市卫生健康委党委书记、主任 王栩冬……4",
        "山西省卫生健康委党组书记、主任 张波……5",
        "辽宁省卫生健康委党组书记、主任 陈艳兰……6",
        "",
        "第03版 要闻"));
  }

  @Test
  void listOfPeopleWithTheirTitlesAndNoStatement() {
    Article a = assertNoSpeakers(String.join("\n",
        "全国卫生健康工作会议参会人员名单",
        "",
        "北京市卫生健康委党委书记 钟东波",
        "天津市卫生健康委党委书记、主任 王栩冬",
        "河北省卫生健康委党组书记、主任 王现坤",
        "浙江省人民医院院长 黄东胜",
        "四川大学华西医院院长 李为民"));
    assertTrue(a.notes().contains(5 + Segmenter.NOTE_LIST), a.notes().toString());
    assertEquals("全国卫生健康工作会议参会人员名单", a.headline(), "a line of the list is no headline");
  }

  @Test
  void listOfBareNames() {
    assertNoSpeakers(String.join("\n",
        "获奖人员名单",
        "",
        "张三丰",
        "李　四",
        "王五",
        "赵六一",
        "",
        "钱七　孙八　周九　吴十"));
  }

  @Test
  void headersOfPeopleWhoSayNothing() {
    // a photo page: who is pictured, nothing said; two headers of different organisations, no text after either
    assertNoSpeakers(String.join("\n",
        "图片新闻",
        "",
        "北京市卫生健康委党委书记 钟东波",
        "",
        "钟东波",
        "",
        "天津市卫生健康委党委书记、主任 王栩冬",
        "",
        "王栩冬"));
  }

  @Test
  void onePageLongParagraph() {
    String sentence = "北京市卫生健康委党委书记钟东波表示，将持续深化京津冀医疗卫生协同发展，山西省卫生健康委党组书记、主任张波说，";
    assertNoSpeakers(sentence.repeat(40) + "各地将推动卫生健康事业高质量发展。");
  }

  /** One statement without officials or province, holding every non-furniture line, and a note saying so. */
  private static Article assertNoSpeakers(String text) {
    Article a = PageChecks.segment("news.txt", text);
    assertAll(
        () -> assertEquals(List.of(), a.lines().stream().filter(l -> l.role() == LineRole.HEADER)
            .map(SourceLine::text).toList(), "no header"),
        () -> assertTrue(a.statements().size() <= 1, "one statement at most"),
        () -> assertEquals(List.of(), a.statements().stream().flatMap(s -> s.officials().stream()).toList(),
            "no invented officials"),
        () -> assertTrue(a.statements().stream().allMatch(s -> s.province() == null && s.organization() == null)),
        () -> assertTrue(a.notes().contains(Segmenter.NOTE_NO_HEADERS), a.notes().toString()),
        () -> assertEquals(nonFurniture(a), a.statements().stream().flatMap(s -> s.paragraphs().stream())
            .flatMap(p -> p.lines().stream()).sorted().toList(), "every line that is no furniture is statement text"));
    return a;
  }

  private static List<Integer> nonFurniture(Article a) {
    return a.lines().stream().filter(l -> !l.role().furniture()).map(SourceLine::number).sorted()
        .collect(Collectors.toList());
  }
}
