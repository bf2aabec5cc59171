package wjw.ingest.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacesTest {
  private static final Path SEEDS = Path.of("seeds");

  private static String seedLine(String file, int number) throws IOException {
    return Files.readAllLines(SEEDS.resolve(file), StandardCharsets.UTF_8).get(number - 1);
  }

  @Test
  void dataCoversEveryPrefectureLevelDivision() {
    List<Places.City> cities = Places.cities();
    assertEquals(333, cities.size());
    Set<String> codes = new HashSet<>();
    Map<String, Integer> perProvince = new HashMap<>();
    for (Places.City c : cities) {
      assertTrue(codes.add(c.code()), "duplicate code " + c);
      assertTrue(c.code().matches("\\d{4}"), c.toString());
      assertFalse(c.name().equals("市辖区") || c.name().endsWith("直辖县级行政区划") || c.name().equals("县"), c.toString());
      perProvince.merge(c.province(), 1, Integer::sum);
    }
    Set<String> noCities = Set.of("北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区", "台湾省");
    assertEquals(34, Provinces.all().size());
    for (Provinces.Province p : Provinces.all()) {
      if (noCities.contains(p.name())) {
        assertFalse(perProvince.containsKey(p.name()), p.name());
      } else {
        assertTrue(perProvince.getOrDefault(p.name(), 0) >= 1, p.name());
      }
    }
    assertEquals(11, perProvince.get("山西省"));
    assertEquals(new Places.City("山西省", "忻州市", "1409"), cities.stream().filter(c -> c.name().equals("忻州市")).findFirst().orElseThrow());
  }

  @Test
  void bareNames() {
    assertEquals("忻州", Places.bareName("忻州市"));
    assertEquals("延边", Places.bareName("延边朝鲜族自治州"));
    assertEquals("海西", Places.bareName("海西蒙古族藏族自治州"));
    assertEquals("伊犁", Places.bareName("伊犁哈萨克自治州"));
    assertEquals("阿拉善", Places.bareName("阿拉善盟"));
    assertEquals("大兴安岭", Places.bareName("大兴安岭地区"));
  }

  @Test
  void seed2026ShanxiCities() throws IOException {
    String line = seedLine("000_d51fea8ea64b6d2e.txt", 58);
    assertTrue(line.contains("打造忻州市“中医药+温泉”，晋城市“中医药+康养”"), line);
    List<PlaceMention> found = Places.mentions(line);
    assertEquals(List.of("忻州市", "晋城市"), found.stream().map(PlaceMention::name).toList());
    assertEquals(Map.of("山西省", 2), Places.provincesNamed(line));
    PlaceMention first = found.get(0);
    assertEquals("忻州市", line.substring(first.start(), first.end()));
  }

  @Test
  void seed2024ShanxiBareAndFullNames() throws IOException {
    assertEquals(Map.of("山西省", 1), Places.provincesNamed(seedLine("002_10f19fc5a49f6661.txt", 62)));
    assertEquals(List.of("长治"), names(seedLine("002_10f19fc5a49f6661.txt", 62)));
    assertEquals(List.of("太原市"), names(seedLine("002_10f19fc5a49f6661.txt", 66)));
  }

  @Test
  void provinceFullAndShortNamesButNoAbbreviations() {
    assertEquals(List.of(new PlaceMention("山西省", "山西省", 0, 3)), Places.mentions("山西省卫生健康委"));
    assertEquals(List.of("山西", "内蒙古自治区", "内蒙古"), names("山西和内蒙古自治区以及内蒙古"));
    assertEquals(Map.of(), Places.provincesNamed("推进京津冀协同发展，晋陕蒙合作"));
    assertEquals(Map.of("天津市", 1), Places.provincesNamed("天津积极融入京津冀"));
  }

  @Test
  void longestMatchWithoutOverlaps() {
    // 大兴安岭 (Heilongjiang), not 兴安 (Inner Mongolia); 新疆生产建设兵团, not 新疆.
    assertEquals(List.of(new PlaceMention("大兴安岭", "黑龙江省", 0, 4)), Places.mentions("大兴安岭林区"));
    assertEquals(List.of("新疆生产建设兵团"), names("新疆生产建设兵团卫生健康委"));
    assertEquals(Map.of("新疆生产建设兵团", 1), Places.provincesNamed("新疆生产建设兵团"));
    // 山西安排: 山西 consumes 西, so no 西安.
    assertEquals(List.of("山西"), names("山西安排"));
    assertEquals(List.of("延边朝鲜族自治州", "延边", "阿拉善盟"), names("延边朝鲜族自治州即延边，阿拉善盟"));
  }

  @Test
  void bareNameEqualToProvinceShortNameMeansTheProvince() {
    assertEquals(Map.of("吉林省", 3), Places.provincesNamed("吉林省吉林市和吉林"));
    assertEquals(List.of("吉林省", "吉林市", "吉林"), names("吉林省吉林市和吉林"));
    assertEquals(Map.of("海南省", 1), Places.provincesNamed("海南"));
    assertEquals(Map.of("青海省", 1), Places.provincesNamed("海南藏族自治州"));
  }

  @Test
  void stoplistAndNotPlaces() {
    // 三明医改 is cited across China: the 2026 page has it under 内蒙古 (line 72) and 吉林 (line 161).
    assertEquals(Map.of(), Places.provincesNamed("整体推进“学三明、抓医改”，推广三明医改经验"));
    assertEquals(Map.of("福建省", 1), Places.provincesNamed("三明市"));
    assertEquals(Map.of(), Places.provincesNamed("中山大学附属医院、幸福安康、其中卫生技术人员、阿里健康、白银经济、朝阳产业"));
    assertEquals(Map.of("广东省", 1), Places.provincesNamed("中山市"));
    assertEquals(Map.of(), Places.provincesNamed("保障长治久安，乡村振兴安排，中国中医科学院广安门医院"));
    assertEquals(Map.of("山西省", 1), Places.provincesNamed("长治久安与长治"));
    assertEquals(Map.of("安徽省", 1), Places.provincesNamed("振兴安徽"));
    for (String bare : Places.STOPLIST.keySet()) {
      assertTrue(Places.cities().stream().anyMatch(c -> Places.bareName(c.name()).equals(bare)), bare);
      assertEquals(List.of(), Places.mentions(bare), bare);
    }
    for (String phrase : Places.NOT_PLACES.keySet()) {
      assertEquals(List.of(), Places.mentions(phrase), phrase);
    }
  }

  @Test
  void seedsNameNoStoplistedPlaceAsAMention() throws IOException {
    for (String file : List.of("000_d51fea8ea64b6d2e.txt", "002_10f19fc5a49f6661.txt")) {
      String text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
      for (PlaceMention m : Places.mentions(text)) {
        assertEquals(m.name(), text.substring(m.start(), m.end()));
        assertFalse(Places.STOPLIST.containsKey(m.name()), m.toString());
      }
    }
  }

  @Test
  void emptyAndNull() {
    assertEquals(List.of(), Places.mentions(""));
    assertEquals(List.of(), Places.mentions(null));
    assertEquals(Map.of(), Places.provincesNamed("没有地名"));
  }

  private static List<String> names(String text) {
    return Places.mentions(text).stream().map(PlaceMention::name).toList();
  }
}
