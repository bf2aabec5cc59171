package wjw.ingest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.ArticleReader;
import wjw.ingest.model.Article;

class ArticleDecoderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private String reason(Path p) {
    return assertThrows(BadArticleException.class, () -> ArticleDecoder.decode(p)).reason();
  }

  @Test
  void utf8WithAndWithoutBom() throws Exception {
    byte[] body = "北京市卫生健康委\r\n文字。".getBytes(StandardCharsets.UTF_8);
    DecodedText plain = ArticleDecoder.decode(write("a.txt", body));
    assertEquals("UTF-8", plain.charset());
    assertEquals("北京市卫生健康委\r\n文字。", plain.text());
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    DecodedText bom = ArticleDecoder.decode(write("b.txt", withBom));
    assertEquals(plain.text(), bom.text());
    assertEquals("UTF-8", bom.charset());
  }

  @Test
  void gb18030Fallback() throws Exception {
    String text = "天津市卫生健康委党委书记、主任 王栩冬\n步入2026年。";
    DecodedText d = ArticleDecoder.decode(write("g.txt", text.getBytes(Charset.forName("GB18030"))));
    assertEquals("GB18030", d.charset());
    assertEquals(text, d.text());
  }

  @Test
  void aGbkSeedPageDecodesAsGb18030AndSaysSo() throws Exception {
    String page = Files.readString(Path.of("seeds", "000_d51fea8ea64b6d2e.txt"));
    for (String charset : new String[] {"GBK", "GB18030"}) {
      DecodedText d = ArticleDecoder.decode(write(charset + ".txt", page.getBytes(Charset.forName(charset))));
      assertEquals(page, d.text(), charset);
      assertEquals("GB18030", d.charset());
      assertEquals("decoded as GB18030 (not valid UTF-8)", d.note());
    }
    assertNull(ArticleDecoder.decode(Path.of("seeds", "000_d51fea8ea64b6d2e.txt")).note(), "UTF-8 needs no note");
  }

  @Test
  void otherEncodingsAreRejectedNamingWhatTheyLookLike() throws Exception {
    String page = Files.readString(Path.of("seeds", "000_d51fea8ea64b6d2e.txt"));
    assertTrue(reason(write("big5.txt", page.getBytes(Charset.forName("Big5")))).contains("such as Big5"));
    for (String charset : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE"}) {
      byte[] bytes = page.getBytes(Charset.forName(charset)); // "UTF-16" writes a byte-order mark
      String expected = charset.equals("UTF-16") ? "UTF-16 text (byte-order mark)" : "UTF-16 text without a byte-order mark";
      assertEquals(expected + ": only UTF-8 and GB18030 are read; save the file as UTF-8",
          reason(write(charset + ".txt", bytes)), charset);
    }
    byte[] utf32 = ("\uFEFF" + page).getBytes(Charset.forName("UTF-32LE"));
    assertTrue(reason(write("utf32.txt", utf32)).startsWith("UTF-32 text (byte-order mark)"));
    String french = "Le café est très chaud. À bientôt, élève !\n".repeat(10);
    assertEquals("not valid UTF-8 or GB18030 text", reason(write("latin1.txt", french.getBytes(StandardCharsets.ISO_8859_1))));
  }

  @Test
  void damagedUtf8IsRejectedWithTheLineOfTheFirstBadByte() throws Exception {
    String page = Files.readString(Path.of("seeds", "002_10f19fc5a49f6661.txt"));
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    int line14 = page.lines().limit(13).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
    byte[] flipped = bytes.clone();
    flipped[line14 + 3] = (byte) 0xFF; // the second character of line 14
    assertEquals("damaged UTF-8: 1 invalid byte sequence, the first on line 14 (byte " + (line14 + 3) + ")",
        reason(write("flipped.txt", flipped)));
    // a copy cut short inside the last character
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2);
    assertTrue(reason(write("cut.txt", cut)).startsWith("damaged UTF-8: "), reason(write("cut.txt", cut)));
    byte[] crlf = page.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    crlf[line14 + 13] = (byte) 0xC3; // a two-byte lead where a Chinese character's lead stood
    assertTrue(reason(write("crlf.txt", crlf)).contains("the first on line 14 "), reason(write("crlf.txt", crlf)));
  }

  @Test
  void rejectsEmptyAndWhitespaceOnly() throws Exception {
    assertEquals("empty file", reason(write("e.txt", new byte[0])));
    assertEquals("empty file", reason(write("w.txt", " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals("empty file", reason(write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' '})));
  }

  @Test
  void rejectsBinary() throws Exception {
    assertTrue(reason(write("nul.txt", "文字\0文字".getBytes(StandardCharsets.UTF_8))).startsWith("binary file"));
    StringBuilder controls = new StringBuilder("正常文字");
    for (int i = 0; i < 10; i++) {
      controls.append('\u0001').append("字");
    }
    assertEquals("binary file", reason(write("ctl.txt", controls.toString().getBytes(StandardCharsets.UTF_8))));
    byte[] random = new byte[4096];
    new java.util.Random(1).nextBytes(random);
    random[0] = 1; // make sure the NUL rule is not the only thing that could fire
    for (int i = 0; i < random.length; i++) {
      if (random[i] == 0) {
        random[i] = 2;
      }
    }
    assertEquals("binary file", reason(write("rnd.bin", random)));
  }

  @Test
  void fewControlCharactersAreTolerated() throws Exception {
    String text = "文字".repeat(100) + "\u0007" + "\f";
    assertEquals(text, ArticleDecoder.decode(write("ok.txt", text.getBytes(StandardCharsets.UTF_8))).text());
  }

  @Test
  void rejectsUndecodable() throws Exception {
    // 0x80 and 0xFF are invalid lead bytes in both UTF-8 and GB18030.
    byte[] bytes = "这是文字".repeat(20).getBytes(StandardCharsets.UTF_8);
    bytes[5] = (byte) 0xFF;
    bytes[6] = (byte) 0x80;
    assertEquals("damaged UTF-8: 1 invalid byte sequence, the first on line 1 (byte 3)", reason(write("bad.txt", bytes)));
    byte[] gbk = "这是文字".repeat(20).getBytes(Charset.forName("GBK"));
    gbk[5] = (byte) 0xFF;
    assertEquals("not valid UTF-8 or GB18030 text", reason(write("badgbk.txt", gbk)));
  }

  @Test
  void rejectsTooLargeMissingAndDirectory() throws Exception {
    Path p = write("big.txt", "文字。".repeat(100).getBytes(StandardCharsets.UTF_8));
    BadArticleException e = assertThrows(BadArticleException.class, () -> ArticleDecoder.decode(p, 100));
    assertTrue(e.reason().startsWith("file too large"), e.reason());
    assertTrue(e.getMessage().contains("big.txt"));
    assertEquals("file not found", reason(dir.resolve("missing.txt")));
    assertEquals("a folder, not a file", reason(dir));
  }

  @Test
  void readerDecodesAndSegments() throws Exception {
    Path p = write("页 1.txt", "迈入2024年。\n河北省卫生健康委党组书记、主任 王现坤\n河北文字。"
        .getBytes(Charset.forName("GB18030")));
    Article a = new ArticleReader().read(p).article();
    assertEquals("页_1", a.id());
    assertEquals("页 1.txt", a.source());
    assertEquals(2024, a.year());
    assertEquals("河北省", a.statements().get(0).province());
    assertThrows(BadArticleException.class, () -> new ArticleReader().read(dir.resolve("nope.txt")).article());
  }
}
