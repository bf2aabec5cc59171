package wjw.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import wjw.bench.CorpusGenerator;
import wjw.ingest.sim.Simulations;

/**
 * Test fixture: seeded inputs for the decoder and the segmenter. Each starts from a real seed page, a damaged page
 * of the simulator or a generated page, mostly (97%) cut to a window of up to 40 lines (a whole page takes some
 * 10 ms to segment), then mutated 0 to 4 times: characters flipped, lines shuffled, cut short, joined into huge
 * lines or split into one character each, only headers or only captions kept, controls, lone surrogates, other
 * scripts and odd spaces inserted; a fifth become bytes (UTF-8, with BOM, GBK, UTF-16), half of them damaged at the
 * byte level. Input n is the same on every run.
 */
public final class PageFuzzer {
  /** Every this many inputs, one is enormous: tens of thousands of lines, or one line of hundreds of thousands. */
  static final int ENORMOUS_EVERY = 2_500;
  /** How many simulated and generated pages inputs start from, made once (one per input took a fifth of the time). */
  static final int BASE_PAGES = 200;

  private static final List<String> PROVINCES = List.of("北京市", "河北省", "内蒙古自治区", "广西壮族自治区", "新疆生产建设兵团",
      "香港特别行政区", "火星", "省", "北京", "京", "");
  private static final List<String> COMMISSIONS = List.of("卫生健康委", "卫生健康委员会", "卫健委", "卫生计生委", "卫生厅", "");
  private static final List<String> TITLES = List.of("主任", "党组书记、主任", "党委书记", "副主任", "一级巡视员", "党组书记、主任、",
      "书记书记书记书记书记书记书记书记书记书记书记书记", "");
  private static final List<String> NAMES = List.of("张波", "钟东波", "阿不都·热合曼", "王 某", "欧阳", "张", "", "张波张波张波张波张波");
  private static final List<String> EXTRA_LINES = List.of("本版由本报记者", "本版由本报记者 张三 李四 联合采写", "联合采写", "#", "# ",
      "## 以人为本 健康优先", "#话题#", "步入2026年", "迈入二〇二四年，", "展望99999999999999999999年", "步入０２０２年",
      "2026年2026年2026年", "（一）", "一是", "。", "，", "……", "“", "”", "养育负担。", "中医", "药强省建设", "*", "■北京市卫生健康委主任 张波*");

  private final long seed;
  private final List<String> seedPages;
  private final List<String> simulatedPages = new ArrayList<>();
  private final List<String> generatedPages = new ArrayList<>();

  /** A fuzzer whose inputs are fixed by {@code seed}; reads {@code seeds/*.txt}. */
  public PageFuzzer(long seed) {
    this.seed = seed;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      List<Path> pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<String> texts = new ArrayList<>();
      for (Path page : pages) {
        texts.add(Files.readString(page));
      }
      this.seedPages = List.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CorpusGenerator generator = new CorpusGenerator(Path.of("seeds"), seed);
    for (int n = 1; n <= BASE_PAGES; n++) {
      simulatedPages.add(Simulations.page(seed * BASE_PAGES + n).text());
      generatedPages.add(generator.page(n).text());
    }
  }

  /**
   * One input: {@code text} for the segmenter, or {@code bytes} to decode first; {@code how} says how it was made, to
   * read a failure; {@code roundTrip} is the text the bytes must decode to when they were left undamaged (else null).
   */
  public record Input(long number, List<String> how, String text, byte[] bytes, String roundTrip) {
    public String name() {
      return "fuzz-" + number + ".txt";
    }
  }

  /** Input {@code number}, always the same for the same fuzzer seed. */
  public Input input(long number) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + number);
    List<String> how = new ArrayList<>();
    List<String> lines = new ArrayList<>(Arrays.asList(base(random, how).split("\r\n|\r|\n", -1)));
    if (number % ENORMOUS_EVERY == ENORMOUS_EVERY - 1) {
      lines = enormous(lines, random, how);
    } else if (random.nextInt(100) < 97) {
      int from = random.nextInt(lines.size());
      int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
      lines = new ArrayList<>(lines.subList(from, to));
      how.add("lines " + (from + 1) + ".." + to);
    }
    int mutations = random.nextInt(5);
    for (int m = 0; m < mutations; m++) {
      mutate(lines, random, how);
    }
    String text = join(lines, random, how);
    if (random.nextInt(5) > 0) {
      return new Input(number, how, text, null, null);
    }
    return bytes(number, text, random, how);
  }

  private String base(Random random, List<String> how) {
    int kind = random.nextInt(3);
    if (kind == 0) {
      int page = random.nextInt(seedPages.size());
      how.add("seed page " + page);
      return seedPages.get(page);
    }
    int n = random.nextInt(BASE_PAGES);
    how.add((kind == 1 ? "simulated page " : "generated page ") + n);
    return kind == 1 ? simulatedPages.get(n) : generatedPages.get(n);
  }

  private static List<String> enormous(List<String> lines, Random random, List<String> how) {
    List<String> out = new ArrayList<>();
    switch (random.nextInt(4)) {
      case 0 -> {
        how.add("enormous: 20,000 short lines");
        out.add("步入2026年。");
        out.add("北京市卫生健康委主任 张波");
        for (int i = 0; i < 20_000; i++) {
          String line = lines.get(i % lines.size());
          out.add(line.isEmpty() ? "" : line.substring(0, Math.min(line.length(), 1 + random.nextInt(4))));
        }
      }
      case 1 -> {
        how.add("enormous: the page 300 times on one line");
        out.add(String.join("", lines).repeat(300));
      }
      case 2 -> {
        how.add("enormous: 5,000 header lines");
        for (int i = 0; i < 5_000; i++) {
          out.add(PROVINCES.get(i % PROVINCES.size()) + "卫生健康委主任 " + NAMES.get(i % NAMES.size()));
        }
      }
      default -> {
        how.add("enormous: the page 100 times");
        for (int i = 0; i < 100; i++) {
          out.addAll(lines);
        }
      }
    }
    return out;
  }

  private void mutate(List<String> lines, Random random, List<String> how) {
    if (lines.isEmpty()) {
      lines.add("");
    }
    int kind = random.nextInt(16);
    int at = random.nextInt(lines.size());
    switch (kind) {
      case 0 -> {
        how.add("characters flipped");
        for (int k = 1 + random.nextInt(10); k > 0; k--) {
          int i = random.nextInt(lines.size());
          String line = lines.get(i);
          int p = line.isEmpty() ? 0 : random.nextInt(line.length());
          String by = random.nextBoolean() ? OddText.any(random) : String.valueOf(OddText.han(random));
          lines.set(i, line.substring(0, p) + by + (line.isEmpty() ? "" : line.substring(p + 1)));
        }
      }
      case 1 -> {
        how.add("cut short at line " + (at + 1));
        String line = lines.get(at);
        lines.set(at, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length()))); // may split a pair
        lines.subList(at + 1, lines.size()).clear();
      }
      case 2 -> {
        how.add("lines shuffled");
        Collections.shuffle(lines, random);
      }
      case 3 -> {
        how.add("lines duplicated and deleted");
        for (int k = 1 + random.nextInt(5); k > 0 && !lines.isEmpty(); k--) {
          int i = random.nextInt(lines.size());
          if (random.nextBoolean()) {
            lines.add(i, lines.get(random.nextInt(lines.size())));
          } else {
            lines.remove(i);
          }
        }
      }
      case 4 -> {
        how.add("huge line");
        // tens of thousands of characters; the enormous inputs go further
        String line = random.nextBoolean() ? String.join("", lines) : lines.get(at).repeat(10 + random.nextInt(100));
        lines.set(at, line);
      }
      case 5 -> {
        how.add("only headers");
        List<String> headers = new ArrayList<>(lines.stream().filter(l -> l.contains("卫生健康委")).toList());
        for (int k = random.nextInt(5); k >= 0; k--) {
          headers.add(random.nextInt(headers.size() + 1), header(random));
        }
        lines.clear();
        lines.addAll(headers);
      }
      case 6 -> {
        how.add("only captions");
        List<String> captions = new ArrayList<>(lines.stream().filter(l -> !l.isBlank() && l.strip().length() <= 4).toList());
        for (int k = random.nextInt(10); k >= 0; k--) {
          captions.add(NAMES.get(random.nextInt(NAMES.size())));
        }
        lines.clear();
        lines.addAll(captions);
      }
      case 7, 8, 9 -> {
        how.add(kind == 7 ? "controls" : kind == 8 ? "odd characters" : "odd spaces");
        for (int k = 1 + random.nextInt(20); k > 0; k--) {
          int i = random.nextInt(lines.size());
          String line = lines.get(i);
          int p = random.nextInt(line.length() + 1);
          String odd = kind == 7 ? String.valueOf((char) random.nextInt(0x20)) : kind == 8 ? OddText.any(random)
              : OddText.INVISIBLE.get(random.nextInt(OddText.INVISIBLE.size()));
          lines.set(i, line.substring(0, p) + odd + line.substring(p));
        }
      }
      case 10 -> {
        how.add("headers inserted");
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
          lines.add(random.nextInt(lines.size() + 1), header(random));
        }
      }
      case 11 -> {
        how.add("bylines, headings, years, fragments inserted");
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
          lines.add(random.nextInt(lines.size() + 1), EXTRA_LINES.get(random.nextInt(EXTRA_LINES.size())));
        }
      }
      case 12 -> {
        how.add("one character per line");
        List<String> split = new ArrayList<>();
        for (String line : lines) {
          line.codePoints().forEach(cp -> split.add(new String(Character.toChars(cp))));
          split.add("");
        }
        lines.clear();
        lines.addAll(split.subList(0, Math.min(split.size(), 400)));
      }
      case 13 -> {
        how.add("markdown prefixes");
        for (int k = 1 + random.nextInt(5); k > 0; k--) {
          int i = random.nextInt(lines.size());
          lines.set(i, List.of("#", "# ", "###### ", "####### ", "#话题#", "> ", "* ").get(random.nextInt(7)) + lines.get(i));
        }
      }
      case 14 -> {
        how.add("blank lines removed");
        lines.removeIf(String::isBlank);
      }
      default -> {
        how.add("blank lines added");
        for (int k = 1 + random.nextInt(20); k > 0; k--) {
          lines.add(random.nextInt(lines.size() + 1), random.nextBoolean() ? "" : "\u3000 \t");
        }
      }
    }
  }

  private static String header(Random random) {
    String separator = List.of(" ", "\u3000", "", "  ", "\t").get(random.nextInt(5));
    String one = PROVINCES.get(random.nextInt(PROVINCES.size())) + COMMISSIONS.get(random.nextInt(COMMISSIONS.size()))
        + TITLES.get(random.nextInt(TITLES.size())) + separator + NAMES.get(random.nextInt(NAMES.size()));
    return random.nextInt(5) == 0 ? one + "  " + header(random) : one; // two columns merged on one line
  }

  private static String join(List<String> lines, Random random, List<String> how) {
    int style = random.nextInt(10);
    if (style < 6) {
      return String.join("\n", lines);
    }
    String fixed = style == 6 ? "\r\n" : style == 7 ? "\r" : null;
    how.add(fixed == null ? "mixed line endings" : fixed.equals("\r") ? "CR line endings" : "CRLF line endings");
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append(fixed != null ? fixed : List.of("\n", "\r\n", "\r").get(random.nextInt(3)));
    }
    return text.toString();
  }

  private static Input bytes(long number, String text, Random random, List<String> how) {
    String encoding = List.of("UTF-8", "UTF-8", "UTF-8", "UTF-8 with BOM", "GBK", "GB18030", "UTF-16LE", "UTF-16")
        .get(random.nextInt(8));
    how.add("bytes: " + encoding);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (encoding.equals("UTF-8 with BOM")) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    Charset charset = Charset.forName(encoding.startsWith("UTF-8") ? "UTF-8" : encoding);
    out.writeBytes(text.getBytes(charset)); // unmappable characters and lone surrogates become '?'
    byte[] bytes = out.toByteArray();
    int damage = random.nextBoolean() ? 0 : 1 + random.nextInt(3);
    for (int d = 0; d < damage && bytes.length > 0; d++) {
      bytes = damage(bytes, random, how);
    }
    boolean clean = damage == 0 && encoding.startsWith("UTF-8") && text.equals(new String(text.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8));
    // the decoder strips one leading byte-order mark: the one written above, or else the text's own
    String expected = !encoding.equals("UTF-8 with BOM") && text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new Input(number, how, null, bytes, clean ? expected : null);
  }

  private static byte[] damage(byte[] bytes, Random random, List<String> how) {
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(5)) {
      case 0 -> {
        how.add("bytes flipped");
        byte[] out = bytes.clone();
        for (int k = 1 + random.nextInt(8); k > 0; k--) {
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
      }
      case 1 -> {
        how.add("bytes cut at " + at);
        return Arrays.copyOf(bytes, at);
      }
      case 2 -> {
        byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {0}};
        byte[] insert = invalid[random.nextInt(invalid.length)];
        how.add("invalid sequence inserted at " + at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
      }
      case 3 -> {
        how.add("byte-order mark of another encoding");
        byte[][] marks = {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0},
            {(byte) 0xEF, (byte) 0xBB}};
        byte[] mark = marks[random.nextInt(marks.length)];
        byte[] out = new byte[mark.length + bytes.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(bytes, 0, out, mark.length, bytes.length);
        return out;
      }
      default -> {
        how.add("random bytes appended");
        byte[] tail = new byte[1 + random.nextInt(64)];
        random.nextBytes(tail);
        byte[] out = Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, out, bytes.length, tail.length);
        return out;
      }
    }
  }
}
