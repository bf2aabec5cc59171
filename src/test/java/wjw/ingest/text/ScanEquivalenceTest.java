package wjw.ingest.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regexes and lookups on the segmenter's hot paths give the same answers as
 * what they replaced, character for character (the page grams' and the title check's are tested beside them).
 */
class ScanEquivalenceTest {

  @Test
  void regexSpaceIsTheRegexClass() {
    Pattern space = Pattern.compile("[\\s\\p{Z}]");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(space.matcher(String.valueOf((char) c)).matches(), TextUtil.isRegexSpace((char) c), "U+" + c);
    }
  }

  @Test
  void hanCharIsTheUnicodeScript() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      assertEquals(han, TextUtil.isHan(c), "U+" + c);
      assertEquals(han, TextUtil.isHanChar((char) c), "U+" + c);
    }
    assertEquals(true, TextUtil.isHan(0x20000));
  }

  @Test
  void controlCharactersLieInTheRangesTheDecoderScans() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.getType(c) == Character.CONTROL) {
        assertEquals(true, c < 0x20 || (c >= 0x7F && c <= 0x9F), "U+" + c);
      }
    }
  }

  @Test
  void splitLinesIsTheRegexSplit() {
    Pattern lineBreak = Pattern.compile("\r\n|\r|\n");
    Random random = new Random(1);
    for (int round = 0; round < 2000; round++) {
      String text = randomText(random, "ab\r\n\r\n 卫");
      assertArrayEquals(lineBreak.split(text, -1), TextUtil.splitLines(text), text);
    }
  }

  private static String randomText(Random random, String alphabet) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
