package wjw.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import wjw.ingest.model.Official;
import wjw.ingest.places.Provinces;

/**
 * Lays out one page in the seeds' format: lead with its year phrase, headline, statements with header lines, photo
 * captions, paragraphs (some split mid-sentence, some with a caption inside the split) and the byline.
 */
final class PageComposer {

  private static final String[] OPENERS = {
    "“民生无小事，枝叶总关情。”健康是民生之本、发展之基，关系到千家万户的幸福。",
    "健康连着千家万户的幸福，关系国家和民族的未来。",
    "人民健康是民族昌盛和国家强盛的重要标志。",
    "没有全民健康，就没有全面小康。",
    "卫生健康事业关系人民群众切身利益，是重大的民生工程。",
  };
  private static final String[] YEAR_VERBS = {"步入", "迈入", "进入"};
  private static final String[] LEAD_BODIES = {
    "各地卫生健康系统在新的一年的工作规划中，坚持以人民健康为中心，全面推进健康中国建设，",
    "在规划一年的工作中，各省份注重步伐坚实，坚持以人民为中心，把人民健康放在优先发展战略地位，",
    "各省份卫生健康委负责人围绕深化医药卫生体制改革、优化医疗资源布局谋划新一年工作，",
  };
  private static final String[] LEAD_CLOSERS = {
    "以只争朝夕的干劲和奋发有为的姿态，推动各项政策措施落到实处，确保卫生健康事业开好局、起好步。",
    "强化责任担当，狠抓落实，推动今年卫生健康工作开好局起好步。",
    "努力为人民群众提供全方位全周期健康保障，让百姓健康获得感更加充实、更有保障、更可持续。",
  };
  private static final String[] HEADLINE_PHRASES = {
    "以人为本", "健康优先", "步伐坚实", "坚持以人民为中心", "守正创新", "提质增效", "强基固本", "惠民利民",
    "开局起步", "实干为先", "均衡布局", "医防融合", "聚力攻坚", "服务大局", "久久为功", "奋发有为",
  };
  // Sentences per paragraph: mostly one or two, shorter than the seeds' paragraphs, to keep a large corpus's size down.
  private static final int[] SENTENCES_PER_PARAGRAPH = {1, 1, 1, 1, 2, 2, 2, 3};
  private static final int MIN_PIECE = 8;

  private final long seed;
  private final SentencePool pool;
  private final double placeHeavy;

  /**
   * @param placeHeavy share of sentences (0 to 1) that name another province than their speaker's, as real
   *     statements do ("学习借鉴浙江经验"); 0 keeps every sentence on its speaker's province and gives the same
   *     pages as before the knob existed
   */
  PageComposer(long seed, SentencePool pool, double placeHeavy) {
    if (!(placeHeavy >= 0 && placeHeavy <= 1)) {
      throw new IllegalArgumentException("place-heavy share must be between 0 and 1, got " + placeHeavy);
    }
    this.seed = seed;
    this.pool = pool;
    this.placeHeavy = placeHeavy;
  }

  GeneratedPage compose(int number) {
    SplittableRandom rng = new SplittableRandom(Mix.of(seed, 1, number));
    int year = rng.nextInt(CorpusGenerator.FIRST_YEAR, CorpusGenerator.LAST_YEAR + 1);
    StringBuilder page = new StringBuilder(16_384);
    page.append("\n\n").append(lead(rng, year)).append("\n\n");
    page.append(rng.nextInt(3) == 0 ? "# " : "").append(headline(rng)).append("\n\n");

    int count = rng.nextInt(CorpusGenerator.MIN_STATEMENTS, CorpusGenerator.MAX_STATEMENTS + 1);
    int[] provinces = distinctProvinces(rng, count);
    int bylineAfter = rng.nextInt(1, count); // between statements, never before the first or after the last
    List<PlannedStatement> planned = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      Provinces.Province province = CorpusGenerator.MAINLAND.get(provinces[k]);
      List<Official> officials = Leadership.of(seed, provinces[k], year).headerOfficials(rng);
      planned.add(new PlannedStatement(province.name(), officials));
      statement(page, rng, province, year, officials);
      if (k + 1 == bylineAfter) {
        page.append("本版由本报记者").append(Names.next(rng)).append(' ').append(Names.next(rng))
            .append("\n联合采写\n\n");
      }
    }
    return new GeneratedPage(CorpusGenerator.fileName(number), page.toString(), year, planned);
  }

  private static String lead(SplittableRandom rng, int year) {
    return pick(rng, OPENERS) + pick(rng, YEAR_VERBS) + year + "年，" + pick(rng, LEAD_BODIES) + pick(rng, LEAD_CLOSERS);
  }

  private static String headline(SplittableRandom rng) {
    int a = rng.nextInt(HEADLINE_PHRASES.length);
    int b = (a + rng.nextInt(1, HEADLINE_PHRASES.length)) % HEADLINE_PHRASES.length;
    return HEADLINE_PHRASES[a] + " " + HEADLINE_PHRASES[b];
  }

  /** {@code count} different provinces: one page prints each commission once. */
  private static int[] distinctProvinces(SplittableRandom rng, int count) {
    int n = CorpusGenerator.MAINLAND.size();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < count; i++) {
      int j = rng.nextInt(i, n);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] chosen = new int[count];
    System.arraycopy(all, 0, chosen, 0, count);
    return chosen;
  }

  private void statement(StringBuilder page, SplittableRandom rng, Provinces.Province province, int year,
      List<Official> officials) {
    for (Official o : officials) {
      page.append(province.name()).append("卫生健康委").append(o.title()).append(' ').append(o.name()).append('\n');
    }
    // A second official's photo is sometimes printed inside the first split sentence, as on the 2024 seed.
    String lateCaption = officials.size() > 1 && rng.nextBoolean() ? officials.get(1).name() : null;
    for (Official o : officials) {
      if (o.name().equals(lateCaption)) {
        continue;
      }
      page.append("\n\n\n").append(o.name()).append('\n');
    }
    page.append('\n');
    int paragraphs = rng.nextInt(3, 9);
    int[] previous = {-1};
    for (int p = 0; p < paragraphs; p++) {
      String text = paragraph(rng, province, year, previous);
      boolean split = lateCaption != null || rng.nextInt(8) == 0;
      int cut = split ? cut(rng, text) : -1;
      if (cut < 0) {
        page.append(text).append("\n\n");
        continue;
      }
      page.append(text, 0, cut).append("\n\n");
      if (lateCaption != null) {
        page.append("\n\n").append(lateCaption).append("\n\n");
        lateCaption = null;
      }
      page.append(text, cut, text.length()).append("\n\n");
    }
    if (lateCaption != null) {
      // No paragraph could be split: the photo still gets printed, after the text.
      page.append(lateCaption).append("\n\n");
    }
  }

  private String paragraph(SplittableRandom rng, Provinces.Province province, int year, int[] previous) {
    int sentences = SENTENCES_PER_PARAGRAPH[rng.nextInt(SENTENCES_PER_PARAGRAPH.length)];
    StringBuilder text = new StringBuilder(256);
    for (int s = 0; s < sentences; s++) {
      int pick = rng.nextInt(pool.size());
      if (pick == previous[0] && pool.size() > 1) {
        // The same sentence twice in a row reads as a glitch; elsewhere on the page repeats are fine.
        pick = (pick + 1) % pool.size();
      }
      Provinces.Province about = province;
      // Drawn only when asked for, so a corpus without the knob is byte-identical to earlier ones.
      if (placeHeavy > 0 && pool.placeNamingSize() > 0 && rng.nextDouble() < placeHeavy) {
        pick = pool.placeNaming(rng.nextInt(pool.placeNamingSize()));
        about = otherProvince(rng, province);
      }
      previous[0] = pick;
      text.append(pool.retarget(pool.get(pick), about, year));
    }
    // A paragraph ending in ； would read as unfinished and send the segmenter looking for its continuation.
    int last = text.length() - 1;
    while (last > 0 && "”’」』）)】》".indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    if (text.charAt(last) == '；' || text.charAt(last) == ';') {
      text.setCharAt(last, '。');
    }
    return text.toString();
  }

  private static Provinces.Province otherProvince(SplittableRandom rng, Provinces.Province not) {
    List<Provinces.Province> all = CorpusGenerator.MAINLAND;
    Provinces.Province other = all.get(rng.nextInt(all.size()));
    return other.equals(not) ? all.get((all.indexOf(other) + 1) % all.size()) : other;
  }

  /**
   * Where to break the paragraph mid-sentence, between two Han characters, or -1. The first piece must hold a comma
   * or full stop: a short unpunctuated line could read as a headline, header or caption.
   */
  private static int cut(SplittableRandom rng, String text) {
    int firstMark = -1;
    for (int i = 0; i < text.length() && firstMark < 0; i++) {
      if ("，、。；：".indexOf(text.charAt(i)) >= 0) {
        firstMark = i;
      }
    }
    int from = Math.max(MIN_PIECE, firstMark + 1);
    int to = text.length() - MIN_PIECE;
    if (firstMark < 0 || from >= to) {
      return -1;
    }
    int start = rng.nextInt(from, to);
    for (int i = start; i < to; i++) {
      if (isHan(text.charAt(i - 1)) && isHan(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static String pick(SplittableRandom rng, String[] options) {
    return options[rng.nextInt(options.length)];
  }
}
