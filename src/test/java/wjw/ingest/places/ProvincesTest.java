package wjw.ingest.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvincesTest {
  @Test
  void all34WithUniqueNames() {
    List<Provinces.Province> all = Provinces.all();
    assertEquals(34, all.size());
    Set<String> keys = new HashSet<>();
    for (Provinces.Province p : all) {
      assertTrue(keys.add(p.name()));
      assertTrue(keys.add(p.shortName()) || p.shortName().equals(p.name()));
      assertTrue(keys.add(p.abbreviation()));
      assertEquals(1, p.abbreviation().length(), p.toString());
    }
    assertEquals(new Provinces.Province("北京市", "北京", "京"), all.get(0));
    assertEquals(new Provinces.Province("澳门特别行政区", "澳门", "澳"), all.get(33));
  }

  @Test
  void resolvesFullShortAndAbbreviation() {
    assertEquals("内蒙古自治区", Provinces.resolve("内蒙古").orElseThrow().name());
    assertEquals("内蒙古自治区", Provinces.resolve("蒙").orElseThrow().name());
    assertEquals("广西壮族自治区", Provinces.resolve(" 广西壮族自治区\u3000").orElseThrow().name());
    assertEquals("黑龙江省", Provinces.resolve("黑").orElseThrow().name());
    assertEquals("陕西省", Provinces.resolve("陕").orElseThrow().name());
    assertEquals("山西省", Provinces.resolve("晋").orElseThrow().name());
    assertEquals("新疆维吾尔自治区", Provinces.resolve("新疆").orElseThrow().name());
    assertEquals("新疆生产建设兵团", Provinces.resolve("新疆生产建设兵团").orElseThrow().name());
    assertEquals("台湾省", Provinces.resolve("台").orElseThrow().name());
  }

  @Test
  void rejectsOthers() {
    assertTrue(Provinces.resolve("深圳市").isEmpty());
    assertTrue(Provinces.resolve("北京市卫生健康委").isEmpty());
    assertTrue(Provinces.resolve("").isEmpty());
    assertTrue(Provinces.resolve(null).isEmpty());
  }

  @Test
  void canonicalNamesTheDivisionOrKeepsTheTextAsGiven() {
    assertEquals("北京市", Provinces.canonical("京"));
    assertEquals("北京市", Provinces.canonical("北京"));
    assertEquals("北京市", Provinces.canonical(" 北京市 "));
    assertEquals("深圳市", Provinces.canonical("深圳市"), "a region that is no province stays as printed");
    assertEquals(" 火星", Provinces.canonical(" 火星"));
  }
}
