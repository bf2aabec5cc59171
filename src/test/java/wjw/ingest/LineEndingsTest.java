package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.SourceLine;

/** CRLF, lone CR, mixed line endings, a BOM, full-width spaces and GBK bytes segment exactly as the plain UTF-8 LF page. */
class LineEndingsTest {
  @TempDir Path dir;

  private static Article segment(String text) {
    return PageChecks.segment("page.txt", text);
  }

  /** Everything a reader or the index sees; line texts are compared where they can be equal. */
  private static void assertSameSegmentation(Article expected, Article actual, String variant) {
    assertEquals(expected.statements(), actual.statements(), variant + ": statements");
    assertEquals(expected.headline(), actual.headline(), variant + ": headline");
    assertEquals(expected.lead(), actual.lead(), variant + ": lead");
    assertEquals(expected.year(), actual.year(), variant + ": year");
    assertEquals(expected.reporters(), actual.reporters(), variant + ": reporters");
    assertEquals(expected.notes(), actual.notes(), variant + ": notes");
    assertEquals(roles(expected), roles(actual), variant + ": line numbers and roles");
  }

  private static List<String> roles(Article a) {
    return a.lines().stream().map(l -> l.number() + " " + l.role() + " " + l.statementId()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_d51fea8ea64b6d2e.txt", "002_10f19fc5a49f6661.txt"})
  void lineEndingsDoNotChangeTheSegmentation(String seed) throws Exception {
    String lf = Files.readString(Path.of("seeds", seed)).replace("\r\n", "\n");
    Article expected = segment(lf);
    assertSameSegmentation(expected, segment(lf.replace("\n", "\r\n")), "CRLF");
    assertSameSegmentation(expected, segment(lf.replace("\n", "\r")), "CR");
    assertSameSegmentation(expected, segment("\uFEFF" + lf.replace("\n", "\r\n")), "BOM + CRLF");
    Random random = new Random(seed.hashCode());
    StringBuilder mixed = new StringBuilder();
    String ending = "";
    for (String line : lf.split("\n", -1)) {
      // a CR then an empty line's LF would read as one CRLF: that is not a mix of endings but a different page
      List<String> endings = ending.equals("\r") && line.isEmpty() ? List.of("\r\n", "\r") : List.of("\n", "\r\n", "\r");
      ending = endings.get(random.nextInt(endings.size()));
      mixed.append(line).append(ending);
    }
    assertSameSegmentation(expected, segment(mixed.toString()), "mixed endings");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_d51fea8ea64b6d2e.txt", "002_10f19fc5a49f6661.txt"})
  void fullWidthSpacesDoNotChangeTheSegmentation(String seed) throws Exception {
    String lf = Files.readString(Path.of("seeds", seed)).replace("\r\n", "\n");
    Article expected = segment(lf);
    List<Integer> headers = expected.lines().stream().filter(l -> l.role() == LineRole.HEADER)
        .map(SourceLine::number).toList();
    String[] lines = lf.split("\n", -1);
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (headers.contains(i + 1)) {
        line = line.replace(' ', '\u3000'); // 北京市卫生健康委党委书记　钟东波
      }
      // the two-character full-width indent of Chinese typesetting, and trailing full-width and no-break spaces
      wide.append(line.isBlank() ? "\u3000" : "\u3000\u3000" + line + "\u3000\u00A0").append('\n');
    }
    assertSameSegmentation(expected, segment(wide.toString()), "full-width spaces");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_d51fea8ea64b6d2e.txt", "002_10f19fc5a49f6661.txt"})
  void aGbkCrlfFileReadsAsTheUtf8LfOne(String seed) throws Exception {
    Path utf8 = Path.of("seeds", seed);
    Path gbk = Files.write(dir.resolve(seed),
        Files.readString(utf8).replace("\r\n", "\n").replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
    assertSameSegmentation(new ArticleReader().read(utf8).article(), new ArticleReader().read(gbk).article(), "GBK + CRLF");
  }
}
