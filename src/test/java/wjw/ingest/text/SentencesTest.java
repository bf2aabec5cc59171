package wjw.ingest.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a printed sentence is left open, in isolation. */
class SentencesTest {

  @Test
  void openAndClosedParagraphEnds() {
    for (String closed : List.of("完成。", "好！", "吗？", "一是；", "如下：", "如下:", "ok!", "ok?", "ok;", "等等…",
        "他说：“好。”", "（见图。）", "“好。”  ", "【完。】")) {
      assertFalse(Sentences.isOpen(closed), closed);
    }
    for (String open : List.of("聚力", "重大项", "扛起责", "推进,", "健康、", "“十五五”", "（科室）", "3.8")) {
      assertTrue(Sentences.isOpen(open), open);
    }
  }
}
