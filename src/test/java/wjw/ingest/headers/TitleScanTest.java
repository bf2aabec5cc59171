package wjw.ingest.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wjw.ingest.text.TextUtil;

/** The hand-written title check gives the same answers as the regexes it replaced. */
class TitleScanTest {

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
