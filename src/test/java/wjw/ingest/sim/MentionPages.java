package wjw.ingest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import wjw.ingest.model.Official;
import wjw.ingest.places.Places;
import wjw.ingest.places.Provinces;

/**
 * Undamaged pages whose statements name other statements' provinces in their own words: cooperation and aid
 * (东西部协作, 对口支援), regional strategies (京津冀, 长三角), comparisons — a sentence added to a paragraph (first or
 * last) or a paragraph of its own (first, inside, last), naming a neighbouring statement's province by full or short
 * name or one of its cities. Every paragraph is printed under its own header, so any move is a false one.
 */
public final class MentionPages {

  /** {P} and {Q} are replaced by places of other statements on the page. */
  static final List<String> SENTENCES = List.of(
      // cooperation and aid
      "深化与{P}的医疗卫生合作，推动优质医疗资源共建共享。",
      "持续做好对口支援{P}工作，全年选派医疗专家120人次。",
      "组织医疗队赴{P}开展巡回医疗和义诊活动。",
      "推进东西部协作，与{P}共建5个专科联盟。",
      "{P}医疗专家团队来我省开展技术帮扶，带教基层医生300余人。",
      "加强与{P}在传染病联防联控方面的协作。",
      "落实与{P}签订的对口帮扶协议，推动受援医院提质升级。",
      "支援{P}医疗卫生事业发展，援建3所县级医院。",
      // regional strategies
      "主动融入京津冀协同发展，承接{P}优质医疗资源疏解转移。",
      "深度融入长三角一体化发展，推动与{P}检查检验结果互认。",
      "推动{P}、{Q}等地区域医疗中心协同发展。",
      "积极对接{P}高水平医院，推动跨区域专科联盟建设。",
      "加快推进与{P}的异地就医直接结算，方便群众跨省就医。",
      // comparisons
      "我省人均预期寿命与{P}相比仍有差距。",
      "学习借鉴{P}经验，推进紧密型县域医共体建设。",
      "对标{P}先进水平，补齐公共卫生服务短板。",
      "{P}的做法值得我们学习借鉴。",
      "千人口床位数已接近{P}的水平。",
      "孕产妇死亡率比{P}同期低0.8个百分点。",
      // elsewhere in a sentence
      "在{P}召开的全国会议上，我们作了经验交流。",
      "来自{P}的20名医学专家加入了我们的团队。",
      "{P}、{Q}两地的经验表明，医防融合大有可为。");

  private MentionPages() {}

  /** The page {@code truth} with mention sentences added as {@code seed} chooses, laid out without damage. */
  public static SimulatedPage page(TruePage truth, long seed) {
    Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + 17);
    List<TrueStatement> statements = new ArrayList<>();
    List<String> damage = new ArrayList<>();
    int n = truth.statements().size();
    for (int s = 0; s < n; s++) {
      TrueStatement st = truth.statements().get(s);
      List<TrueParagraph> paragraphs = new ArrayList<>(st.paragraphs());
      int mentions = 1 + rnd.nextInt(2);
      for (int m = 0; m < mentions; m++) {
        String sentence = sentence(truth, s, rnd);
        int at = rnd.nextInt(paragraphs.size());
        switch (rnd.nextInt(5)) {
          case 0 -> paragraphs.add(0, new TrueParagraph(sentence, List.of()));
          case 1 -> paragraphs.add(paragraphs.size(), new TrueParagraph(sentence, List.of()));
          case 2 -> paragraphs.add(1 + rnd.nextInt(paragraphs.size()), new TrueParagraph(sentence, List.of()));
          case 3 -> paragraphs.set(at, new TrueParagraph(sentence + paragraphs.get(at).text(), List.of()));
          default -> paragraphs.set(at, new TrueParagraph(closed(paragraphs.get(at).text()) + sentence, List.of()));
        }
        damage.add("statement " + s + " says: " + sentence);
      }
      statements.add(new TrueStatement(st.region(), st.word(), st.officials(), paragraphs));
    }
    TruePage page = new TruePage(truth.name(), truth.headline(), truth.lead(), truth.reporters(), truth.year(), statements);
    return layout(page, seed, damage);
  }

  /** A paragraph ending mid-sentence (聚力) gets its sentence closed before another is added. */
  private static String closed(String text) {
    char last = text.charAt(text.length() - 1);
    return "。！？；”".indexOf(last) >= 0 ? text : text + "。";
  }

  /** A template filled with places of statements other than {@code s}: mostly its neighbours in print. */
  private static String sentence(TruePage page, int s, Random rnd) {
    String template = SENTENCES.get(rnd.nextInt(SENTENCES.size()));
    return template.replace("{P}", place(page, other(page, s, rnd, -1), rnd))
        .replace("{Q}", place(page, other(page, s, rnd, 1), rnd));
  }

  private static int other(TruePage page, int s, Random rnd, int preferred) {
    int n = page.statements().size();
    int k = rnd.nextDouble() < 0.7 ? s + (rnd.nextBoolean() ? 1 : -1) * Math.abs(preferred) : rnd.nextInt(n);
    if (k < 0 || k >= n || k == s || page.statements().get(k).region().equals(page.statements().get(s).region())) {
      k = (s + 1) % n;
    }
    return k;
  }

  /** The statement's province by full or short name, or one of its cities. */
  private static String place(TruePage page, int statement, Random rnd) {
    String region = page.statements().get(statement).region();
    Provinces.Province p = Provinces.resolve(region).orElseThrow();
    List<Places.City> cities = Places.cities().stream().filter(c -> c.province().equals(p.name())).toList();
    return switch (rnd.nextInt(3)) {
      case 0 -> p.name();
      case 1 -> p.shortName();
      default -> cities.isEmpty() ? p.name() : cities.get(rnd.nextInt(cities.size())).name();
    };
  }

  /** Headline, lead, then each statement: its headers, its captions, its paragraphs one a line; the byline last. */
  private static SimulatedPage layout(TruePage page, long seed, List<String> damage) {
    List<LineTruth> truth = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    Emitter out = new Emitter(printed, truth);
    out.blank();
    out.line(page.headline(), TrueRole.HEADLINE, -1, -1, 0, 0);
    for (int p = 0; p < page.lead().size(); p++) {
      out.blank();
      out.line(page.lead().get(p), TrueRole.LEAD, -1, p, 0, page.lead().get(p).length());
    }
    for (int s = 0; s < page.statements().size(); s++) {
      TrueStatement st = page.statements().get(s);
      out.blank();
      for (Official o : st.officials()) {
        out.line(st.region() + st.word() + o.title() + " " + o.name(), TrueRole.HEADER, s, -1, 0, 0);
      }
      for (Official o : st.officials()) {
        out.blank();
        out.line(o.name(), TrueRole.CAPTION, s, -1, 0, 0);
      }
      for (int p = 0; p < st.paragraphs().size(); p++) {
        String text = st.paragraphs().get(p).text();
        out.blank();
        out.line(text, TrueRole.TEXT, s, p, 0, text.length());
      }
    }
    if (!page.reporters().isEmpty()) {
      out.blank();
      out.line("本版由本报记者" + String.join(" ", page.reporters()), TrueRole.BYLINE, -1, -1, 0, 0);
      out.line("联合采写", TrueRole.BYLINE, -1, -1, 0, 0);
    }
    return new SimulatedPage(seed, page, "mentions-" + seed + "-" + page.name(), String.join("\n", printed), truth,
        damage);
  }

  private record Emitter(List<String> printed, List<LineTruth> truth) {
    void blank() {
      line("", TrueRole.BLANK, -1, -1, 0, 0);
    }

    void line(String text, TrueRole role, int statement, int paragraph, int from, int to) {
      printed.add(text);
      truth.add(new LineTruth(printed.size(), text, role, statement, paragraph, from, to));
    }
  }
}
