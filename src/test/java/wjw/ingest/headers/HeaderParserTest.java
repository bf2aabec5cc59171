package wjw.ingest.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wjw.ingest.model.Official;

/** The header grammar in isolation: the layouts a header is printed in, and what is no header. */
class HeaderParserTest {
  private final HeaderParser headers = new HeaderParser();

  private Official official(String line) {
    return headers.parse(line).orElseThrow(() -> new AssertionError("no header: " + line)).official();
  }

  @Test
  void headerVariants() {
    assertEquals(new Official("钟东波", "党委书记"), official("北京市卫生健康委党委书记 钟东波"));
    assertEquals(new Official("张波", "党组书记、主任"), official("山西省卫生健康委党组书记、主任\u3000\u3000张波  "));
    assertEquals(new Official("刘俊彩", "主任"), official("北京市卫生健康委主任刘俊彩"));
    assertEquals(new Official("任远", "党组书记、主任"), official("北京市卫生健康委党组书记、主任任远"));
    assertEquals(new Official("买买提·艾力", "副主任"), official("新疆维吾尔自治区卫生健康委员会副主任 买买提·艾力"));
    assertEquals(new Official("王某", "二级巡视员"), official("青海省卫生健康委二级巡视员\t王某"));
    assertEquals(new Official("王某", "中医药管理局局长"), official("青海卫生健康委中医药管理局局长：王某"));
    Header h = headers.parse("北京卫生健康委员会主任 刘俊彩").orElseThrow();
    assertEquals("北京", h.region());
    assertEquals("北京卫生健康委员会", h.organization());
    assertEquals("北京市", h.province());
  }

  @Test
  void notHeaders() {
    assertTrue(headers.parse("北京市卫生健康委更加突出服务大局，更加突出改革创新。").isEmpty());
    assertTrue(headers.parse("北京市卫生健康委主任").isEmpty());
    assertTrue(headers.parse("北京市卫生健康委 钟东波").isEmpty());
    assertTrue(headers.parse("国家卫生健康委确定的 为民服务").isEmpty());
    assertTrue(headers.parse("卫生健康委主任 钟东波").isEmpty());
    assertTrue(headers.parse("北京市卫生健康委主任 钟东波说，要加强").isEmpty());
    assertTrue(headers.parse("").isEmpty());
  }

  @Test
  void headersAlsoNameTheCommissionByItsShortAndFormerNames() {
    for (String org : List.of("卫健委", "卫生计生委", "卫生和计划生育委员会", "卫生厅", "卫生局")) {
      Header h = headers.parse("浙江省" + org + "主任 王仁元").orElseThrow(() -> new AssertionError(org));
      assertEquals("浙江省" + org, h.organization());
      assertEquals("浙江省", h.province());
      assertEquals("王仁元", h.official().name());
      assertEquals("主任", h.official().title());
    }
    assertTrue(headers.parse("浙江省卫健委将深化“山海”提升工程。").isEmpty(), "a sentence is no header");
  }

  @Test
  void headerRegionMustBeARealRegion() {
    for (String region : List.of("北京市", "北京", "深圳市", "广东省深圳市", "广东深圳市", "新疆生产建设兵团",
        "延边朝鲜族自治州", "吉林省吉林市")) {
      assertTrue(HeaderParser.isRealRegion(region), region);
      Header h = headers.parse(region + "卫生健康委主任 王某")
          .orElseThrow(() -> new AssertionError("no header for region " + region));
      assertEquals(region, h.region());
      assertEquals(new Official("王某", "主任"), h.official());
    }
    assertEquals("北京市", headers.parse("北京卫生健康委主任 王某").orElseThrow().province());
    assertEquals("新疆生产建设兵团", headers.parse("新疆生产建设兵团卫生健康委主任 王某").orElseThrow().province());
    // A wrapped mention in running text, a bare pronoun, a city filed under the wrong province, a bare city name.
    for (String region : List.of("会上北京市", "今天上海市", "该市", "广东省杭州市", "深圳", "某某省")) {
      assertFalse(HeaderParser.isRealRegion(region), region);
      assertTrue(headers.parse(region + "卫生健康委主任 王某").isEmpty(), region);
      assertTrue(headers.parse(region + "卫生健康委主任王某").isEmpty(), region + " (glued)");
    }
    assertTrue(headers.parseAll("会上北京市卫生健康委主任刘俊彩").isEmpty());
    assertTrue(headers.parseAll("北京市卫生健康委主任 甲甲 会上上海市卫生健康委主任 乙乙").isEmpty());
  }
}
