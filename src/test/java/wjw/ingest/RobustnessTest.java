package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wjw.ingest.PageChecks.segment;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wjw.ingest.model.Article;

/** The segmenter never throws and never loses a line, whatever it is given. */
class RobustnessTest {

  @Test
  void emptyAndNullInput() {
    Article a = new Segmenter().segment(null, null);
    assertEquals("article", a.id());
    assertTrue(a.statements().isEmpty());
    assertTrue(a.lines().isEmpty());
    assertEquals("", a.lead());
    assertNull(a.year());
    segment("e.txt", "");
    segment("e.txt", "\n\r\n \u3000\t\n");
  }

  @Test
  void pageWithOnlyAHeadline() {
    Article a = segment("h.txt", "以人为本 健康优先\n");
    assertEquals("以人为本 健康优先", a.headline());
    assertTrue(a.statements().isEmpty());
    assertTrue(a.notes().contains(Segmenter.NOTE_NO_TEXT));
    Article b = segment("h.txt", "# 健康优先");
    assertEquals("健康优先", b.headline());
  }

  @Test
  void singleHugeLine() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("步入2026年，北京市卫生健康委党委书记 钟东波表示要推进改革");
    }
    Article a = segment("huge.txt", sb.toString());
    assertEquals(1, a.statements().size());
    assertEquals(2026, a.year());
    assertEquals(sb.length(), a.statements().get(0).text().length());
  }

  /** Found by the fuzzer: every open fragment was weighed against every piece, 20,000 lines took over 1 GB. */
  @Test
  void twentyThousandShortLinesAreSegmentedByPositionInBoundedTime() {
    StringBuilder sb = new StringBuilder("步入2026年。\n北京市卫生健康委主任 张三\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append("医共体").append(i % 7 == 6 ? "建设。" : "").append('\n');
    }
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> segment("many.txt", sb.toString()));
    assertEquals(1, a.statements().size());
    assertEquals((20_000 + 6) / 7, a.statements().get(0).paragraphs().size(), "lines up to each 。 rejoined");
    assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("page too large for layout repair (")), a.notes().toString());
    assertTrue(segment("small.txt", sb.substring(0, 400)).notes().stream().noneMatch(n -> n.startsWith("page too large")),
        "a hundred lines get the whole repair");
  }

  @Test
  void randomGarbageNeverThrowsAndLosesNothing() {
    Random random = new Random(42);
    String alphabet = "北京市卫生健康委员会党委书记主任 钟东波\u3000\t\r\n#本版由本报记者联合采写。，！？；：”）"
        + "2026年步入二〇\uFEFF\u0000\u0001abc·、,";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(300);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(20) == 0) {
          sb.append((char) random.nextInt(0x10000)); // includes lone surrogates
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      Article a = segment("g" + round + ".txt", text);
      assertTrue(a.notes().stream().noneMatch(n -> n.startsWith(Segmenter.NOTE_FAILED)), text);
    }
  }

  @Test
  void headerLinesShuffledWithCaptionsAndBylinesOnly() {
    Article a = segment("x.txt", "钟东波\n本报记者\n联合采写\n北京市卫生健康委主任 钟东波\n钟东波\n#\n");
    assertEquals(1, a.statements().size());
    assertTrue(a.statements().get(0).paragraphs().isEmpty());
    assertTrue(a.reporters().isEmpty());
  }
}
