package wjw.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Which places say whose text it is (outright, or weakly), and which are mere mentions. */
class PlaceEvidenceTest {

  /** "strong:省" / "weak:省" for each piece of evidence, in order; empty for a text of mere mentions. */
  private static List<String> read(String text) {
    return PlaceEvidence.read(text, null, null).owners().stream()
        .map(o -> (o.strong() ? "strong:" : "weak:") + o.province()).toList();
  }

  @Test
  void subjectsOfTheirOwnPlansSayWhoseTextItIs() {
    Map<String, List<String>> cases = Map.of(
        "2026年，辽宁省卫生健康系统将对标国家卫生健康委部署要求。", List.of("strong:辽宁省"),
        "聚焦预防在前，吉林省将推动实施健康优先发展战略。", List.of("strong:吉林省"),
        "上海将深化长三角卫生健康一体化发展。", List.of("strong:上海市"),
        "提升爱国卫生运动和健康天津行动成效。", List.of("strong:天津市"),
        "创新发展医养结合“龙江模式”。", List.of("strong:黑龙江省"));
    assertAll(cases.entrySet().stream().map(e -> (Executable) () -> assertEquals(e.getValue(), read(e.getKey()),
        e.getKey())));
  }

  @Test
  void placesNamedInPassingAreWeakEvidence() {
    Map<String, List<String>> cases = Map.of(
        "打造忻州市“中医药+温泉”品牌。", List.of("weak:山西省"),
        "据了解，上海已建成5家国家医学中心。", List.of("weak:上海市"),
        "江苏的做法给了我们很大启发。", List.of("weak:江苏省"));
    assertAll(cases.entrySet().stream().map(e -> (Executable) () -> assertEquals(e.getValue(), read(e.getKey()),
        e.getKey())));
  }

  @Test
  void partnersOfCooperationAidStrategyAndComparisonAreNoEvidence() {
    List<Executable> checks = new ArrayList<>();
    for (String text : List.of(
        "持续做好对口支援内蒙古工作，组织医疗队赴内蒙古开展巡回医疗。",
        "积极承接北京非首都功能疏解，推动北京优质医疗资源向我省延伸。",
        "天津市将深化与北京的合作。",
        "北京市医疗专家赴我省开展巡回医疗。",
        "深度融入长三角一体化发展，推动与江苏检查检验结果互认。",
        "我省人均预期寿命与上海相比仍有差距。",
        "孕产妇死亡率比河北省同期低0.8个百分点。",
        "广东、江苏等省份已经开展试点。",
        "引进首都医科大学专家团队。",
        "着力推动北京协和医院雄安院区开工建设。",
        "深化东西部协作，与甘肃省临夏州共建5个专科联盟。")) {
      checks.add(() -> assertEquals(List.of(), read(text), text));
    }
    assertAll(checks);
  }
}
