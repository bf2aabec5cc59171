package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced regexes and lookups on the segmenter's hot paths give the same answers as
 * what they replaced, character for character.
 */
class ScanEquivalenceTest {
  private static final String ODD = "\u0000a \t\r\n\u000B\f\u3000\u00A0\u2028\u2029\u200B\uFEFF\u0085、，,卫生健康委𠀀\uD800\uDC00";

  @Test
  void regexSpaceIsTheRegexClass() {
    Pattern space = Pattern.compile("[\\s\\p{Z}]");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(space.matcher(String.valueOf((char) c)).matches(), Segmenter.isRegexSpace((char) c), "U+" + c);
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
      assertArrayEquals(lineBreak.split(text, -1), Segmenter.splitLines(text), text);
    }
  }

  @Test
  void pageGramsHoldWhatTheSortedArrayHeld() {
    Random random = new Random(2);
    for (int round = 0; round < 300; round++) {
      List<String> lines = List.of(randomText(random, ODD), randomText(random, ODD), randomText(random, ODD));
      java.util.BitSet all = new java.util.BitSet();
      all.set(0, Character.MAX_VALUE + 1);
      PageGrams grams = new PageGrams(lines, all, all);
      long[] sorted = lines.stream().flatMapToLong(l -> java.util.stream.LongStream.concat(
              java.util.stream.IntStream.rangeClosed(0, l.length() - 3).mapToLong(i -> PageGrams.pack(l, i, i + 3)),
              java.util.stream.IntStream.rangeClosed(0, l.length() - 4).mapToLong(i -> PageGrams.pack(l, i, i + 4))))
          .sorted().toArray();
      for (int probe = 0; probe < 200; probe++) {
        String g = randomText(random, ODD);
        if (g.length() < 3) continue;
        long key = PageGrams.pack(g, 0, Math.min(4, g.length()));
        assertEquals(Arrays.binarySearch(sorted, key) >= 0, grams.contains(key), g);
      }
      for (long key : sorted) {
        assertEquals(true, grams.contains(key));
      }
    }
  }

  @Test
  void titleCheckIsTheRegexOne() {
    Pattern punctuation = Pattern.compile("[。，,；;！!？?…“”\"]");
    Pattern commission = Pattern.compile(HeaderParser.COMMISSION);
    Pattern rank = Pattern.compile("[（(][^（）()]*[）)]$");
    Random random = new Random(3);
    for (int round = 0; round < 20_000; round++) {
      // of all title endings only 主任 can be spelt with these characters
      String title = randomText(random, "主任（正厅级）()卫生局，\u0085\u2028\u001C :：") + (random.nextBoolean() ? "主任" : "")
          + pick(random, "", "（正厅级）", "(副)", "（") + pick(random, "", "\u0085", "\u2028", "\u001C", " ", "：");
      boolean expected = !title.isEmpty() && title.length() <= 40 && !punctuation.matcher(title).find()
          && !commission.matcher(title).find() && TextUtil.trim(rank.matcher(title).replaceFirst("")).endsWith("主任");
      assertEquals(expected, HeaderParser.isTitle(title), title);
    }
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
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
