package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;

/**
 * Every header form docs/attribution.md lists, one example each, as the segmenter reads it from a page: the
 * statement's organisation, province, official name and title. The examples are the forms papers print, not the
 * seeds' only.
 */
class HeaderGrammarTest {

  /** A header as printed (one or more lines) and what must be read from it. */
  private record Form(String printed, String organization, String province, String name, String title) {}

  private static final List<Form> FORMS = List.of(
      // roles then name
      new Form("北京市卫生健康委党委书记 钟东波", "北京市卫生健康委", "北京市", "钟东波", "党委书记"),
      new Form("山西省卫生健康委党组书记、主任\u3000张波", "山西省卫生健康委", "山西省", "张波", "党组书记、主任"),
      new Form("北京市卫生健康委主任刘俊彩", "北京市卫生健康委", "北京市", "刘俊彩", "主任"),
      new Form("青海卫生健康委中医药管理局局长：王某", "青海卫生健康委", "青海省", "王某", "中医药管理局局长"),
      new Form("■山西省卫生健康委党组书记、主任 张　波：", "山西省卫生健康委", "山西省", "张波", "党组书记、主任"),
      new Form("**辽宁省卫生健康委党组书记、主任 陈艳兰**", "辽宁省卫生健康委", "辽宁省", "陈艳兰", "党组书记、主任"),
      new Form("【吉林省卫生健康委党组书记、主任 徐晓红】", "吉林省卫生健康委", "吉林省", "徐晓红", "党组书记、主任"),
      new Form("1. 天津市卫生健康委党委书记、主任 王栩冬", "天津市卫生健康委", "天津市", "王栩冬", "党委书记、主任"),
      new Form("三、河北省卫生健康委党组书记，主任：王现坤", "河北省卫生健康委", "河北省", "王现坤", "党组书记，主任"),
      new Form("新疆维吾尔自治区卫生健康委员会副主任 买买提·艾力", "新疆维吾尔自治区卫生健康委员会", "新疆维吾尔自治区",
          "买买提·艾力", "副主任"),
      new Form("### 广东省卫健委主任 朱宏", "广东省卫健委", "广东省", "朱宏", "主任"),
      new Form("北京市卫生健康委　党委书记　钟东波", "北京市卫生健康委", "北京市", "钟东波", "党委书记"),
      new Form("全国人大代表 浙江省人民医院院长 葛明华", "浙江省人民医院", "浙江省", "葛明华", "全国人大代表 浙江省人民医院院长"),
      // name then roles
      new Form("钟东波（北京市卫生健康委党委书记）", "北京市卫生健康委", "北京市", "钟东波", "党委书记"),
      new Form("刘俊彩(北京市卫生健康委主任):", "北京市卫生健康委", "北京市", "刘俊彩", "主任"),
      new Form("张波，山西省卫生健康委党组书记、主任", "山西省卫生健康委", "山西省", "张波", "党组书记、主任"),
      new Form("张波——山西省卫生健康委党组书记、主任", "山西省卫生健康委", "山西省", "张波", "党组书记、主任"),
      // over two or three lines
      new Form("北京市卫生健康委党委书记\n钟东波", "北京市卫生健康委", "北京市", "钟东波", "党委书记"),
      new Form("北京市卫生健康委\n党委书记 钟东波", "北京市卫生健康委", "北京市", "钟东波", "党委书记"),
      new Form("钟东波\n（北京市卫生健康委党委书记）", "北京市卫生健康委", "北京市", "钟东波", "党委书记"),
      new Form("全国人大代表、\n浙江省人民医院院长\n葛明华", "浙江省人民医院", "浙江省", "葛明华", "全国人大代表、浙江省人民医院院长"),
      // speakers beyond commissions
      new Form("全国人大代表、浙江省人民医院院长 葛明华", "浙江省人民医院", "浙江省", "葛明华", "全国人大代表、浙江省人民医院院长"),
      new Form("■■全国政协委员,中国共产党历史展览馆馆长吴向东:", "中国共产党历史展览馆", null, "吴向东",
          "全国政协委员,中国共产党历史展览馆馆长"),
      new Form("全国政协委员 努尔兰·阿不都满金", "全国政协", null, "努尔兰·阿不都满金", "全国政协委员"),
      new Form("国家卫生健康委医政司司长 焦雅辉", "国家卫生健康委", null, "焦雅辉", "医政司司长"),
      new Form("国家疾控局副局长 孙晓燕", "国家疾控局", null, "孙晓燕", "副局长"),
      new Form("中国医学科学院北京协和医院院长 张抒扬", "中国医学科学院北京协和医院", "北京市", "张抒扬", "院长"),
      new Form("四川大学华西医院党委书记：张伟", "四川大学华西医院", "四川省", "张伟", "党委书记"));

  @Test
  void everyListedFormReadsAsPrinted() {
    List<Executable> checks = new ArrayList<>();
    for (Form f : FORMS) {
      String page = f.printed() + "\n\n今年将重点做好儿科和精神卫生服务工作。";
      Article a = PageChecks.segment("p.txt", page);
      checks.add(() -> {
        assertEquals(1, a.statements().size(), f.printed());
        Statement s = a.statements().get(0);
        assertEquals(List.of(new Official(f.name(), f.title())), s.officials(), f.printed());
        assertEquals(f.organization(), s.organization(), f.printed());
        assertEquals(f.province(), s.province(), f.printed());
        assertEquals("今年将重点做好儿科和精神卫生服务工作。", s.text(), f.printed());
        assertTrue(a.lines().stream().filter(l -> l.number() <= f.printed().split("\n").length)
            .allMatch(l -> l.role() == LineRole.HEADER), f.printed());
      });
    }
    assertAll(checks);
  }

  @Test
  void headersSideBySideOnOneLineInAnyLayout() {
    for (String line : List.of("钟东波（北京市卫生健康委党委书记）  刘俊彩（北京市卫生健康委主任）",
        "**北京市卫生健康委党委书记 钟东波**  北京市卫生健康委主任 刘俊彩",
        "北京市卫生健康委党委书记钟东波　北京市卫生健康委主任：刘　俊　彩")) {
      Article a = PageChecks.segment("p.txt", line + "\n\n北京将推进改革。");
      assertEquals(1, a.statements().size(), line);
      assertEquals(List.of(new Official("钟东波", "党委书记"), new Official("刘俊彩", "主任")),
          a.statements().get(0).officials(), line);
    }
  }

  @Test
  void captionsMayCallAMemberByHisTitle() {
    Article a = PageChecks.segment("p.txt", String.join("\n", "委员通道", "", "吴向东委员", "张伯礼 委员", "",
        "■■全国政协委员,中国共产党历史展览馆馆长吴向东:", "", "我们将讲好党的故事。", "",
        "■■全国政协委员,天津中医药大学名誉校长张伯礼:", "", "中医药要守正创新。"));
    assertEquals("委员通道", a.headline());
    assertEquals(LineRole.CAPTION, PageChecks.role(a, 3));
    assertEquals(LineRole.CAPTION, PageChecks.role(a, 4));
  }

  @Test
  void aSectionLabelOrDatelineEndsWhatIsPrintedBeforeIt() {
    Article a = PageChecks.segment("p.txt", String.join("\n", "委员通道", "让红色薪火代代相传",
        "《人民政协报》(2023年03月05日 第03版)", "阅读提示", "3月4日下午，首场“委员通道”开启。",
        "■■全国政协委员,中国共产党历史展览馆馆长吴向东:", "", "作为一名党史工作者，我深感责任重大。"));
    assertEquals("让红色薪火代代相传\n3月4日下午，首场“委员通道”开启。", a.lead());
    assertEquals(LineRole.DATELINE, PageChecks.role(a, 3));
    assertEquals(LineRole.SECTION_LABEL, PageChecks.role(a, 4));
  }

  @Test
  void aSubtitleOnTheLineUnderTheHeaderIsMarkedUnlessTheLineWrapsOnto() {
    Article apart = PageChecks.segment("p.txt", "■■全国政协委员,中国共产党历史展览馆馆长吴向东:\n让红色薪火代代相传\n"
        + "作为一名党史工作者，我深感责任重大，要把红色资源利用好、把红色传统发扬好。");
    assertEquals(List.of(Paragraph.SUBTITLE, Paragraph.TEXT),
        apart.statements().get(0).paragraphs().stream().map(Paragraph::role).toList());
    // a line wrapped in a column fills it: the next line is about as long
    Article wrapped = PageChecks.segment("p.txt", "贵州省卫生健康委主任 王五\n贵州将加快推进紧密型县域医共体建设\n，全面提升基层医疗卫生服务能力。");
    assertEquals(List.of("贵州将加快推进紧密型县域医共体建设，全面提升基层医疗卫生服务能力。"),
        wrapped.statements().get(0).paragraphs().stream().map(Paragraph::text).toList());
  }
}
