package wjw.ingest.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Byline and year rules in isolation. */
class BylinesAndYearsTest {
  private final BylineParser bylines = new BylineParser();
  private final YearFinder years = new YearFinder();

  @Test
  void bylines() {
    assertTrue(bylines.isBylineStart("本版由本报记者杨世嘉 郭蕾"));
    assertTrue(bylines.isBylineStart("本报记者 张三"));
    assertFalse(bylines.isBylineStart("本报记者了解到，今年将新建医院。"));
    assertFalse(bylines.isBylineStart("记者 张三"));
    assertEquals(List.of("杨世嘉", "郭蕾"), bylines.reporters("本版由本报记者杨世嘉 郭蕾"));
    assertEquals(List.of("杨世嘉", "郭蕾"), bylines.reporters("本版由本报记者杨世嘉、郭蕾联合采写"));
    assertEquals(List.of("张三", "李四"), bylines.reporters("本报记者 张三,李四 整理"));
    assertEquals(List.of("李文"), bylines.reporters("本报记者 李文"));
    assertEquals(List.of("李文"), bylines.reporters("本报记者 李文/文"));
    assertEquals(List.of("张三", "王五"), bylines.reporters("本版由本报记者张三 通讯员王五 报道"));
    assertTrue(bylines.isBylineTail("联合采写"));
    assertTrue(bylines.isBylineTail("文"));
    assertTrue(bylines.isBylineTail("郭蕾 联合采写"));
    assertEquals(List.of("郭蕾"), bylines.reporters("郭蕾 联合采写"));
    assertEquals(List.of(), bylines.reporters("联合采写"));
    assertFalse(bylines.isBylineTail("推进中医药强省建设。"));
  }

  @Test
  void years() {
    assertEquals(2026, years.find("步入2026年，各地", ""));
    assertEquals(2024, years.find("在二〇二三年回顾中。迈入二〇二四年，各省", ""));
    assertEquals(2025, years.find("走进 ２０２５ 年", ""));
    assertEquals(2024, years.find("", "回眸2023。展望2024，信心满怀。"));
    assertEquals(2024, years.find("没有", "2023年和2024年，还有2024年。"));
    assertEquals(2025, years.find("没有", "2024年与2025年"));
    assertEquals(2023, years.find("没有", "二〇二三年和二〇二三年，还有2022年"));
    assertNull(years.find("没有", "第1234号文件，12345年"));
    assertNull(years.find(null, null));
  }
}
