package wjw.ingest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wjw.ingest.model.Official;

/** Facts about the seed truth itself (not about the segmenter): if these fail, the truth has drifted. */
class SeedTruthTest {

  @Test
  void page2026Metadata() {
    TruePage p = SeedTruth.page2026();
    assertEquals("000_d51fea8ea64b6d2e.txt", p.name());
    assertEquals("以人为本 健康优先", p.headline());
    assertEquals(2026, p.year());
    assertEquals(List.of("杨世嘉", "郭蕾"), p.reporters());
    assertEquals(1, p.lead().size());
    assertTrue(p.lead().get(0).contains("努力为人民群众提供全方位全周期健康保障"), "lead lines 3 and 5 joined");
  }

  @Test
  void page2026Statements() {
    TruePage p = SeedTruth.page2026();
    assertEquals(List.of("北京市", "天津市", "山西省", "辽宁省", "黑龙江省", "内蒙古自治区", "吉林省"),
        p.statements().stream().map(TrueStatement::region).toList());
    assertTrue(p.statements().stream().allMatch(s -> s.word().equals("卫生健康委")));
    assertEquals(List.of(new Official("钟东波", "党委书记"), new Official("刘俊彩", "主任")),
        p.statements().get(0).officials());
    assertEquals(List.of(new Official("王栩冬", "党委书记、主任")), p.statements().get(1).officials());
    Map<List<String>, String> layout = new LinkedHashMap<>();
    layout.put(List.of("钟东波", "刘俊彩"), "20|22,24|26|28|30|32|34");
    layout.put(List.of("王栩冬"), "42,44|46,48|50|52");
    layout.put(List.of("张波"), "70|72|74|76,54|56|58|60|62");
    layout.put(List.of("陈艳兰"), "88,90|92,78|80");
    layout.put(List.of("崔枫"), "100,102|104|106,108");
    layout.put(List.of("刘勇"), "119|121,123|125|127|129,131|133|135|137|139|141|143|145,147");
    layout.put(List.of("徐晓红"), "155,157|159|161|163");
    assertLayout(layout, p);
  }

  @Test
  void page2026Repairs() {
    TruePage p = SeedTruth.page2026();
    List<String> shanxi = p.statementOf("张波").texts();
    assertEquals(8, shanxi.size());
    assertTrue(shanxi.get(0).startsWith("队伍建设，健全服务网络。"));
    assertTrue(shanxi.get(3).startsWith("在落实生育支持政策上创新突破。"));
    assertTrue(shanxi.get(3).endsWith("税费减免等政策，减轻家庭生育养育负担。"));
    assertTrue(shanxi.get(4).startsWith("在加强重大疫情防控上前瞻谋划。"));
    assertTrue(shanxi.get(7).endsWith("守住不发生系统性风险的底线。"));

    List<String> tianjin = p.statementOf("王栩冬").texts();
    assertTrue(tianjin.get(tianjin.size() - 1).endsWith("幸福感、安全感。"));
    assertTrue(tianjin.stream().noneMatch(t -> t.contains("养育负担")));

    List<String> liaoning = p.statementOf("陈艳兰").texts();
    assertTrue(liaoning.get(1).contains("“一老一小”服务保障进一步加强，中医药强省建设迈上新台阶，8件民生实事落地见效"));
    assertTrue(liaoning.get(2).startsWith("2026年，辽宁省卫生健康系统将对标国家卫生健康委部署要求"));

    List<String> beijing = p.statementOf("钟东波", "刘俊彩").texts();
    assertTrue(beijing.get(beijing.size() - 1).endsWith("“旗舰”医院（科室）建设。聚力"), "the open fragment stays");
  }

  @Test
  void page2026EveryTextLineOnce() {
    TruePage p = SeedTruth.page2026();
    List<Integer> all = p.statements().stream().flatMap(s -> s.paragraphs().stream())
        .flatMap(para -> para.sourceLines().stream()).sorted().toList();
    assertEquals(all.stream().distinct().toList(), all, "no line in two paragraphs");
    assertEquals(53, all.size(), "all 53 statement lines of the page");
  }

  @Test
  void page2024() {
    TruePage p = SeedTruth.page2024();
    assertEquals("步伐坚实 坚持以人民为中心", p.headline());
    assertEquals(2024, p.year());
    assertEquals(List.of(), p.reporters());
    assertEquals(List.of("北京市", "河北省", "山西省", "天津市", "内蒙古自治区", "吉林省", "辽宁省", "黑龙江省"),
        p.statements().stream().map(TrueStatement::region).toList());
    Map<List<String>, String> layout = new LinkedHashMap<>();
    layout.put(List.of("钟东波", "刘俊彩"), "14,20,22|24");
    layout.put(List.of("王现坤"), "32,34|36|38|40,42|44|46|48");
    layout.put(List.of("张波"), "56|58,60|62|64,66|68|70");
    layout.put(List.of("王栩冬"), "78,80|82|84,86|88|90");
    layout.put(List.of("刘勇"), "98,100|102,104|106");
    layout.put(List.of("邢程"), "114,116|118|120,122|124|126");
    layout.put(List.of("徐英辉"), "134,136|138|140|142|144");
    layout.put(List.of("魏新刚", "方传龙"), "153|155,161|163|165|167");
    assertLayout(layout, p);
    List<String> beijing = p.statementOf("钟东波", "刘俊彩").texts();
    assertTrue(beijing.get(0).contains("扛起责任使命的一年"), "joined across the caption 刘俊彩");
    assertTrue(beijing.get(0).contains("加强首都公共卫生应急管理体系"));
    assertTrue(p.statementOf("魏新刚", "方传龙").texts().get(1).contains("统筹健康江行动"),
        "joined across the caption 方传龙, the text as printed");
  }

  /** {@code layout}: per statement, its paragraphs' source lines as "a,b|c|…", in page order. */
  private static void assertLayout(Map<List<String>, String> layout, TruePage p) {
    assertEquals(List.copyOf(layout.keySet()), p.statements().stream().map(TrueStatement::names).toList());
    for (TrueStatement s : p.statements()) {
      List<List<Integer>> expected = Arrays.stream(layout.get(s.names()).split("\\|"))
          .map(para -> Arrays.stream(para.split(",")).map(Integer::valueOf).toList()).toList();
      assertEquals(expected, s.paragraphs().stream().map(TrueParagraph::sourceLines).toList(),
          "paragraph lines of " + s.names());
    }
  }
}
