package wjw.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's grams, hashed, hold exactly what the sorted array they replaced held. */
class PageGramsTest {
  private static final String ODD = "\u0000a \t\r\n\u000B\f\u3000\u00A0\u2028\u2029\u200B\uFEFF\u0085、，,卫生健康委𠀀\uD800\uDC00";

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

  private static String randomText(Random random, String alphabet) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
