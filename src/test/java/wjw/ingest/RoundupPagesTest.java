package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wjw.ingest.headers.PersonName;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;
import wjw.ingest.sim.HeaderTypesetter;

/**
 * Roundup pages of speakers other than commission heads — deputies, members, hospital heads, ministry and bureau
 * officials — with the furniture such pages carry (page label, dateline, headline, a block of photo captions, a
 * section label), every header typeset in each family: the statements, names, titles, organisations and provinces
 * (empty where the header names no place) come out as printed, and no furniture is joined into a statement.
 */
class RoundupPagesTest {
  /** Pages per family, each with the speakers in another order and other typesetting choices. */
  static final int PAGES = 12;

  /** One speaker as printed (roles, name) and what the segmenter must read from the header. */
  private record Speaker(String roles, String name, String organization, String title, String province) {}

  private static final List<Speaker> SPEAKERS = List.of(
      new Speaker("全国人大代表、浙江省人民医院院长", "陈立新", "浙江省人民医院", "全国人大代表、浙江省人民医院院长", "浙江省"),
      new Speaker("全国政协委员、四川大学华西医院院长", "何　平", "四川大学华西医院", "全国政协委员、四川大学华西医院院长", "四川省"),
      new Speaker("全国政协委员", "古丽米拉·艾则孜", "全国政协", "全国政协委员", null),
      new Speaker("全国人大代表", "赵志刚", "全国人大", "全国人大代表", null),
      new Speaker("国家卫生健康委医政司司长", "周建国", "国家卫生健康委", "医政司司长", null),
      new Speaker("国家疾控局副局长", "孙晓燕", "国家疾控局", "副局长", null),
      new Speaker("中国医学科学院北京协和医院党委书记", "欧阳春晖", "中国医学科学院北京协和医院", "党委书记", "北京市"),
      new Speaker("复旦大学附属华山医院院长", "林海", "复旦大学附属华山医院", "院长", null),
      new Speaker("全国政协委员、中国工程院院士", "黄立德", "中国工程院", "全国政协委员、中国工程院院士", null),
      new Speaker("全国人大代表、广州医科大学附属第一医院院长", "郑红梅", "广州医科大学附属第一医院",
          "全国人大代表、广州医科大学附属第一医院院长", "广东省"),
      new Speaker("湖北省卫生健康委党组书记、主任", "吴　军", "湖北省卫生健康委", "党组书记、主任", "湖北省"),
      new Speaker("中国疾病预防控制中心主任", "许文博", "中国疾病预防控制中心", "主任", null));

  /** Sentences that name no place, so every paragraph stays where it is printed. */
  private static final List<String> SENTENCES = List.of(
      "要持续推进分级诊疗制度建设，让群众在家门口就能看好病。", "基层医疗卫生机构是守护群众健康的第一道防线。",
      "建议加大对基层医务人员的培训力度，提升常见病多发病的诊治能力。", "公立医院要坚持公益性，把患者的需求放在首位。",
      "我们将加快推进智慧医院建设，让数据多跑路、患者少跑腿。", "中医药是中华民族的瑰宝，要在传承中创新发展。",
      "应对人口老龄化，需要进一步完善医养结合服务体系。", "要加强全科医生队伍建设，稳定乡村医生队伍。",
      "传染病监测预警能力建设必须常抓不懈。", "科技创新是推动医学进步的根本动力，要鼓励临床研究成果转化。",
      "今年将重点做好儿科和精神卫生服务工作。", "要让更多优质医疗资源惠及普通百姓。");

  private static final List<String> SUBTITLES = List.of("守护人民健康", "让基层强起来", "医者仁心 初心不改", "科技赋能医疗");

  @ParameterizedTest
  @EnumSource(HeaderTypesetter.Family.class)
  void speakersOfEveryKindInEveryLayout(HeaderTypesetter.Family family) {
    List<Executable> checks = new ArrayList<>();
    for (int number = 1; number <= PAGES; number++) {
      int n = number;
      Random rnd = new Random(n * 7919L + family.ordinal());
      List<Speaker> speakers = new ArrayList<>(SPEAKERS);
      java.util.Collections.shuffle(speakers, rnd);
      speakers = speakers.subList(0, 4 + rnd.nextInt(5));
      Page page = page(speakers, new HeaderTypesetter(family, rnd), rnd);
      Article a = PageChecks.segment("roundup-" + n + ".txt", page.text);
      checks.add(() -> check(a, page, family + " page " + n + ":\n" + page.text));
    }
    assertAll(checks);
  }

  private record Page(String text, List<Speaker> speakers, List<List<String>> paragraphs) {}

  private static Page page(List<Speaker> speakers, HeaderTypesetter typesetter, Random rnd) {
    List<String> out = new ArrayList<>(List.of("第05版:要闻", "", "《健康报》(2025年03月06日 第05版)", "", "代表委员热议健康中国建设",
        ""));
    for (Speaker s : speakers) {
      out.add(typesetter.caption(PersonName.read(s.name())));
    }
    out.addAll(List.of("", "阅读提示", "", "全国两会期间，代表委员们围绕卫生健康工作建言献策，记者采访了几位代表委员。", ""));
    List<List<String>> paragraphs = new ArrayList<>();
    for (int k = 0; k < speakers.size(); k++) {
      Speaker s = speakers.get(k);
      out.addAll(typesetter.header("", new Official(s.name(), s.roles()), k + 1));
      out.add("");
      List<String> texts = new ArrayList<>();
      if (rnd.nextBoolean()) {
        String subtitle = SUBTITLES.get(rnd.nextInt(SUBTITLES.size()));
        out.add(subtitle);
        out.add("");
        texts.add(subtitle);
      }
      for (int p = 0; p < 2 + rnd.nextInt(2); p++) {
        String text = SENTENCES.get(rnd.nextInt(SENTENCES.size())) + SENTENCES.get(rnd.nextInt(SENTENCES.size()));
        out.add(text);
        out.add("");
        texts.add(text);
      }
      paragraphs.add(texts);
    }
    out.add("本版由本报记者刘洋 王静采写");
    return new Page(String.join("\n", out), speakers, paragraphs);
  }

  private static void check(Article a, Page page, String where) {
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals("代表委员热议健康中国建设", a.headline(), where));
    checks.add(() -> assertEquals("全国两会期间，代表委员们围绕卫生健康工作建言献策，记者采访了几位代表委员。", a.lead(), where));
    checks.add(() -> assertEquals(List.of("刘洋", "王静"), a.reporters(), where));
    checks.add(() -> assertEquals(LineRole.PAGE_LABEL, PageChecks.role(a, 1), where));
    checks.add(() -> assertEquals(LineRole.DATELINE, PageChecks.role(a, 3), where));
    for (int i = 0; i < page.speakers.size(); i++) {
      int line = 7 + i;
      checks.add(() -> assertEquals(LineRole.CAPTION, PageChecks.role(a, line), where + " line " + line));
    }
    checks.add(() -> assertTrue(a.lines().stream().anyMatch(l -> l.role() == LineRole.SECTION_LABEL), where));
    checks.add(() -> assertEquals(page.speakers.size(), a.statements().size(), where + ": statements"));
    for (int i = 0; i < Math.min(page.speakers.size(), a.statements().size()); i++) {
      Speaker s = page.speakers.get(i);
      Statement st = a.statements().get(i);
      String who = where + " speaker " + s.name();
      checks.add(() -> assertEquals(List.of(new Official(PersonName.read(s.name()), s.title())),
          st.officials().stream().map(o -> new Official(o.name(), o.title().replaceAll("[，,]", "、"))).toList(), who));
      checks.add(() -> assertEquals(s.organization(), st.organization(), who + ": organization"));
      checks.add(() -> assertEquals(s.province(), st.province(), who + ": province"));
      List<String> expected = page.paragraphs.get(i);
      checks.add(() -> assertEquals(expected, st.paragraphs().stream().map(Paragraph::text).toList(), who + ": text"));
      checks.add(() -> assertEquals(SUBTITLES.contains(expected.get(0)),
          !st.paragraphs().isEmpty() && st.paragraphs().get(0).subtitle(), who + ": subtitle marked"));
    }
    assertAll(checks);
  }
}
