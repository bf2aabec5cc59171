package wjw.ingest.perf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import wjw.bench.CorpusGenerator;
import wjw.ingest.Segmenter;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.sim.SimulatedPage;
import wjw.ingest.sim.Simulations;

/**
 * One line per page, "name TAB sha-256 of the segmented Article's toString", over generated pages (two corpus seeds),
 * the seed pages, simulated pages and random pages full of edge cases (surrogates, odd spaces, line ends, headers,
 * captions, places): run it on two commits and diff the files to show a change left the
 * segmenter's output alone.
 *
 * <p>Run: {@code java -cp ... wjw.ingest.perf.SegmentationDigest OUT [generated=2000] [simulated=1000]}.
 */
public final class SegmentationDigest {
  private SegmentationDigest() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int generated = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int simulated = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int random = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
    Segmenter segmenter = new Segmenter();
    List<String> lines = new ArrayList<>();
    for (long corpusSeed : new long[] {1, 42}) {
      CorpusGenerator generator = new CorpusGenerator(Path.of("seeds"), corpusSeed);
      for (int n = 1; n <= generated; n++) {
        String name = "gen" + corpusSeed + "/" + CorpusGenerator.fileName(n);
        lines.add(name + "\t" + digest(segmenter.segment(name, generator.page(n).text()).toString()));
      }
    }
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String name = seed.getFileName().toString();
        lines.add(name + "\t" + digest(segmenter.segment(name, ArticleDecoder.decode(seed).text()).toString()));
      }
    }
    for (long seed = 1; seed <= simulated; seed++) {
      SimulatedPage sim = Simulations.page(seed);
      lines.add("sim" + seed + "\t" + digest(segmenter.segment(sim.name(), sim.text()).toString()));
    }
    Random rnd = new Random(7);
    for (int n = 1; n <= random; n++) {
      lines.add("random" + n + "\t" + digest(segmenter.segment("r" + n + ".txt", randomPage(rnd)).toString()));
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println(lines.size() + " pages, digest of all: " + digest(String.join("\n", lines)));
  }

  private static String digest(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String[] REGIONS = {"北京市", "天津", "山西省", "辽宁省", "内蒙古自治区", "广西壮族自治区",
      "新疆生产建设兵团", "吉林省吉林市", "深圳市", "某某县"};
  private static final String[] COMMISSIONS = {"卫生健康委", "卫生健康委员会", "卫健委", "卫生厅"};
  private static final String[] TITLES = {"主任", "党组书记、主任", "副主任（正厅级）", "一级巡视员", "新闻发言人",
      "主任：", "副主任（正厅级）\u0085", "主任卫生局", "主任_"};
  private static final String[] HEADER_ENDS = {"**", "*\u0085", "_", "\u0085", "）"};
  private static final String[] NAMES = {"张波", "王栩冬", "陈艳兰", "钟东波", "张 波", "阿不都·热合曼"};
  private static final String[] SEPARATORS = {" ", "\u3000", "  ", "：", "", "\t", "\u00A0", "：\u0085", "\u001C"};
  private static final String[] WORDS = {"中医", "药", "强省", "建设", "推进", "健康", "发展", "的", "了", "和", "全区",
      "首都", "龙江", "三晋", "八桂", "人口", "高质量", "家庭", "生育", "养育", "负担", "2026年", "步入", "一是", "二是",
      "太原市", "大同", "吉林", "长治久安", "北京协和医院", "天津", "山西", "辽宁", "内蒙古", "广西", "我们", "首先",
      "（一）", "𠀀", "𪚥", "\uD800", "\uDC00", "abc", "12", "“", "”", "·", "卫生", "服务", "医疗", "体系"};
  private static final String[] PUNCTUATION = {"，", "、", "。", "；", "：", "！", "？", "…", "", "", ""};
  private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\r\n", "\r", "\n\n"};
  private static final String[] PADDING = {"", "", "", " ", "\u3000", "\t", "\uFEFF", "\u200B", "\u00A0", "\u0085",
      "\u001C", "\u2028"};

  /** A page of headers, text, captions, bylines and headings in random order, with every oddity pages carry. */
  static String randomPage(Random rnd) {
    StringBuilder page = new StringBuilder();
    if (rnd.nextInt(10) == 0) {
      page.append('\uFEFF');
    }
    int lines = 5 + rnd.nextInt(60);
    for (int i = 0; i < lines; i++) {
      page.append(pick(rnd, PADDING));
      int kind = rnd.nextInt(100);
      if (kind < 12) {
        page.append(header(rnd));
        if (rnd.nextInt(8) == 0) {
          page.append("  ").append(header(rnd));
        }
      } else if (kind < 17) {
        page.append(pick(rnd, NAMES)).append(rnd.nextBoolean() ? "、" + pick(rnd, NAMES) : "");
      } else if (kind < 20) {
        page.append(rnd.nextBoolean() ? "本版由本报记者杨世嘉 郭蕾" : rnd.nextBoolean() ? "联合采写" : "本报记者 李文/文");
      } else if (kind < 23) {
        page.append(rnd.nextBoolean() ? "# 以人为本 健康优先" : rnd.nextBoolean() ? "以人为本 健康优先" : "#话题#");
      } else if (kind < 30) {
        // blank line
      } else {
        int words = 1 + rnd.nextInt(rnd.nextInt(5) == 0 ? 3 : 30);
        for (int w = 0; w < words; w++) {
          page.append(pick(rnd, WORDS));
          if (rnd.nextInt(4) == 0) {
            page.append(pick(rnd, PUNCTUATION));
          }
        }
        if (rnd.nextBoolean()) {
          page.append(rnd.nextBoolean() ? "。" : "。”");
        }
      }
      page.append(pick(rnd, PADDING)).append(pick(rnd, LINE_ENDS));
    }
    return page.toString();
  }

  private static String header(Random rnd) {
    return (rnd.nextInt(10) == 0 ? "**" : "") + pick(rnd, REGIONS) + pick(rnd, COMMISSIONS) + pick(rnd, TITLES)
        + pick(rnd, SEPARATORS) + pick(rnd, NAMES) + (rnd.nextInt(10) == 0 ? pick(rnd, HEADER_ENDS) : "");
  }

  private static String pick(Random rnd, String[] options) {
    return options[rnd.nextInt(options.length)];
  }
}
