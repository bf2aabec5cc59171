package wjw.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding to simplified, in full for analysis and in place (positions kept) for reading a page. */
class HanVariantsTest {
  @Test
  void aTraditionalHeaderFoldsToTheSimplifiedOne() {
    assertEquals("北京市卫生健康委 党组书记、主任 钟东波", HanVariants.fold("北京市衛生健康委 黨組書記、主任 鍾東波"));
    assertEquals("北京市卫生健康委 党组书记、主任 钟东波", HanVariants.foldInPlace("北京市衛生健康委 黨組書記、主任 鍾東波"));
    assertEquals("医共体 and 2024年", HanVariants.foldInPlace("醫共體 and 2024年"));
  }

  @Test
  void everyVariantFoldsAndInPlaceKeepsItsPositionLeavingOutTheFormsThatWouldGrow() {
    List<String> leftOut = new ArrayList<>();
    HanVariants.mappings().forEach((from, to) -> {
      assertEquals("甲" + to + "乙", HanVariants.fold("甲" + from + "乙"), from);
      String inPlace = HanVariants.foldInPlace("甲" + from + "乙");
      assertEquals(from.length() + 2, inPlace.length(), from);
      if (to.length() == from.length()) {
        assertEquals("甲" + to + "乙", inPlace, from);
      } else {
        assertEquals("甲" + from + "乙", inPlace, from);
        leftOut.add(from);
      }
    });
    assertEquals(168, leftOut.size(), "variants of the BMP whose simplified form lies outside it");
  }
}
