package wjw.ingest.lines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture is recognised from the whole line, never from a sentence that contains such words. */
class PageFurnitureTest {

  @Test
  void furnitureIsRecognisedOnlyAsAWholeLine() {
    assertTrue(PageFurniture.isPageLabel("第03版:要闻"));
    assertTrue(PageFurniture.isPageLabel("A3版 综合新闻"));
    assertTrue(PageFurniture.isPageLabel("要闻 第3版"));
    assertTrue(PageFurniture.isDateline("《人民政协报》(2023年03月05日 第03版)"));
    assertTrue(PageFurniture.isDateline("健康报 2026年1月5日 第5版"));
    assertTrue(PageFurniture.isDateline("2026年1月5日 星期一"));
    assertTrue(PageFurniture.isDateline("来源：人民日报"));
    assertTrue(PageFurniture.isSectionLabel("阅读提示"));
    assertTrue(PageFurniture.isSectionLabel("【编者按】"));
    assertTrue(PageFurniture.isCredit("责任编辑：张三"));
    for (String text : List.of("自2025年1月1日起施行", "2026年1月5日，各地召开会议。", "第三版规划已经印发", "编者按：今年是",
        "统筹推动人口", "阅读提示中提到的内容", "编辑部收到来信")) {
      assertTrue(!PageFurniture.isPageLabel(text) && !PageFurniture.isDateline(text)
          && !PageFurniture.isSectionLabel(text) && !PageFurniture.isCredit(text), text);
    }
  }
}
