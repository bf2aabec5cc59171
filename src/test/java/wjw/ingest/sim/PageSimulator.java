package wjw.ingest.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import wjw.ingest.model.Official;
import wjw.ingest.text.TextUtil;

/**
 * Lays a true page out again as text with the damage extraction does (split paragraphs, captions inside sentences,
 * blocks printed before their header or after the next statement, shuffled statements, spacing and line-ending
 * noise), deterministically from a seed. The text itself is only ever split: every true character is printed once.
 */
public final class PageSimulator {

  // Mirrors what a reader (and the segmenter's joiner) takes as the end of a sentence.
  private static final String CLOSING_MARKS = "”’」』）)】》\"'〉";
  private static final String TERMINATORS = "。！？；!?;…：:";
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;！!？?…“”\"]");
  /** Subtitles a varied family prints under some headers: short phrases, no punctuation. */
  static final String[] SUBTITLES = {"以人民健康为中心", "守护群众生命健康", "让优质医疗资源更可及", "筑牢公共卫生防线",
      "深化医改惠及民生", "推动卫生健康高质量发展", "织密基层医疗服务网", "奋力书写健康答卷", "提升群众就医获得感",
      "守正创新 行稳致远", "强基层 补短板", "医防融合 关口前移", "打造健康城市样板", "数字赋能智慧医疗",
      "中医药传承创新发展", "人才兴医 科技强卫", "开好局 起好步", "健康优先 惠民为本"};
  private static final String[] TRAILING = {" ", "  ", "\u3000", "\t"};
  private static final String[] SEED_SEPARATORS = {" ", " ", " ", " ", "\u3000", "\u3000", "  ", "   ",
      "\u3000\u3000", " \u3000"};

  private final HeaderTypesetter.Family family;

  /** A simulator printing headers as the seeds do. */
  public PageSimulator() {
    this(HeaderTypesetter.Family.SEED);
  }

  /** A simulator printing headers in {@code family}'s layouts (and, for all but the seeds', subtitles under some). */
  public PageSimulator(HeaderTypesetter.Family family) {
    this.family = family;
  }

  /** Lays out {@code page} with damage chosen by {@code seed}. */
  public SimulatedPage simulate(TruePage page, long seed) {
    return new Run(page, seed, family).layout();
  }

  /** How a piece of text follows what was printed before it. */
  private enum Sep { PARAGRAPH, SPLIT_BLANK, SPLIT_WRAP }

  /** A run of one true paragraph's text, [from, to). */
  private record Piece(int paragraph, int from, int to, Sep before) {}

  /** Where a statement's text goes: its pieces, the moved block [blockStart, blockEnd) and captions inside. */
  private static final class Layout {
    final List<Piece> pieces = new ArrayList<>();
    final Map<Integer, List<String>> captionsBefore = new HashMap<>();
    final List<String> captionsBeforeHeader = new ArrayList<>();
    final List<String> captionsAfterHeader = new ArrayList<>();
    int blockStart = -1;
    int blockEnd = -1;
  }

  private enum Move { BEFORE_OWN_HEADER, AFTER_NEXT }

  /** One simulation. */
  private static final class Run {
    final TruePage page;
    final long seed;
    final Random rnd;
    final List<String> damage = new ArrayList<>();
    final List<String> printed = new ArrayList<>();
    final List<LineTruth> truth = new ArrayList<>();
    final Set<String> names = new HashSet<>();
    final String word;
    final boolean trailingSpaces;
    final HeaderTypesetter typesetter;
    final HeaderTypesetter.Family family;
    boolean lastWasText;

    Run(TruePage page, long seed, HeaderTypesetter.Family family) {
      this.page = page;
      this.seed = seed;
      this.family = family;
      this.rnd = new Random(mix(seed));
      page.statements().forEach(s -> names.addAll(s.names()));
      word = chance(0.15) ? "卫生健康委员会" : null;
      trailingSpaces = chance(0.3);
      if (word != null) {
        damage.add("organization printed as " + word);
      }
      if (trailingSpaces) {
        damage.add("trailing spaces");
      }
      // its own stream, so the SEED family draws exactly what the simulator drew before families existed
      typesetter = new HeaderTypesetter(family, new Random(mix(seed) ^ family.ordinal()));
      if (family != HeaderTypesetter.Family.SEED) {
        damage.add("headers typeset " + family);
      }
    }

    SimulatedPage layout() {
      int n = page.statements().size();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      if (n > 1 && chance(0.3)) {
        Collections.shuffle(order, rnd);
        damage.add("statements in order " + order);
      }
      List<Layout> layouts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        layouts.add(new Layout());
      }
      Move[] moves = chooseMoves(order);
      for (int i = 0; i < n; i++) {
        splitStatement(i, layouts.get(i), moves[i] != null);
        placeCaptions(i, layouts.get(i));
      }
      int bylineAfter = -1; // printed position after which the byline goes; -1 at the end of the page
      if (!page.reporters().isEmpty() && n > 1 && chance(0.5)) {
        bylineAfter = rnd.nextInt(n - 1);
        damage.add("byline between statements at " + bylineAfter + " and " + (bylineAfter + 1));
      }

      int blanks = rnd.nextInt(3);
      for (int i = 0; i < blanks; i++) {
        blank();
      }
      boolean headlineFirst = chance(0.4);
      if (headlineFirst) {
        headline();
      }
      lead();
      if (!headlineFirst) {
        headline();
      }
      for (int k = 0; k < n; k++) {
        int s = order.get(k);
        Layout l = layouts.get(s);
        l.captionsBeforeHeader.forEach(c -> caption(s, c));
        headers(s, k + 1);
        l.captionsAfterHeader.forEach(c -> caption(s, c));
        subtitle(s);
        for (int p = 0; p < l.pieces.size(); p++) {
          if (p < l.blockStart || p >= l.blockEnd) {
            piece(s, l, p);
          }
        }
        // Blocks printed at the end of this statement's text: the previous one's, moved after its next, and the
        // next one's, moved before its own header.
        if (k > 0 && moves[order.get(k - 1)] == Move.AFTER_NEXT) {
          block(order.get(k - 1), layouts.get(order.get(k - 1)));
        }
        if (k + 1 < n && moves[order.get(k + 1)] == Move.BEFORE_OWN_HEADER) {
          block(order.get(k + 1), layouts.get(order.get(k + 1)));
        }
        if (k == bylineAfter) {
          byline();
        }
      }
      if (bylineAfter < 0) {
        byline();
      }
      boolean crlf = chance(0.2);
      if (crlf) {
        damage.add("CRLF");
      }
      String text = String.join(crlf ? "\r\n" : "\n", printed);
      return new SimulatedPage(seed, page, "sim-" + seed + "-" + page.name(), text, truth, damage);
    }

    /** At most two statements get a block moved; a statement is moved at most once. */
    private Move[] chooseMoves(List<Integer> order) {
      int n = order.size();
      Move[] moves = new Move[n];
      if (n < 2) {
        return moves;
      }
      double r = rnd.nextDouble();
      int count = r < 0.4 ? 0 : r < 0.8 ? 1 : 2;
      for (int m = 0; m < count; m++) {
        int k = rnd.nextInt(n);
        int s = order.get(k);
        if (moves[s] != null || !movable(page.statements().get(s))) {
          continue;
        }
        Move move = k == 0 ? Move.AFTER_NEXT : k == n - 1 ? Move.BEFORE_OWN_HEADER
            : chance(0.5) ? Move.BEFORE_OWN_HEADER : Move.AFTER_NEXT;
        moves[s] = move;
      }
      return moves;
    }

    private boolean movable(TrueStatement s) {
      return s.paragraphs().size() > 1 || s.paragraphs().get(0).text().length() >= 8;
    }

    /** Splits the paragraphs at random points and, for a moved statement, chooses the block. */
    private void splitStatement(int s, Layout l, boolean moved) {
      List<TrueParagraph> paragraphs = page.statements().get(s).paragraphs();
      int cutParagraph = -1;
      int cutAt = 0;
      int endParagraph = paragraphs.size();
      if (moved) {
        int p = rnd.nextInt(paragraphs.size());
        int c = chance(0.7) ? randomCut(paragraphs.get(p).text()) : -1;
        if (c < 0 && p == 0) {
          p = paragraphs.size() > 1 ? 1 + rnd.nextInt(paragraphs.size() - 1) : 0;
          c = p == 0 ? randomCut(paragraphs.get(0).text()) : -1;
        }
        if (c < 0 && p == 0) {
          moved = false; // a one-paragraph statement without a valid cut keeps its text in place
        } else {
          cutParagraph = p;
          cutAt = Math.max(c, 0);
          if (p + 1 < paragraphs.size() && chance(0.3)) {
            endParagraph = p + 1 + rnd.nextInt(paragraphs.size() - p - 1);
          }
        }
      }
      for (int p = 0; p < paragraphs.size(); p++) {
        String text = paragraphs.get(p).text();
        List<Integer> cuts = new ArrayList<>();
        if (p == cutParagraph && cutAt > 0) {
          cuts.add(cutAt);
        }
        if (chance(0.3)) {
          addRandomCut(text, cuts);
          if (chance(0.3)) {
            addRandomCut(text, cuts);
          }
        }
        Collections.sort(cuts);
        int from = 0;
        Sep sep = Sep.PARAGRAPH;
        for (int i = 0; i <= cuts.size(); i++) {
          int to = i < cuts.size() ? cuts.get(i) : text.length();
          if (moved && p == cutParagraph && from == cutAt) {
            l.blockStart = l.pieces.size();
          }
          if (moved && p == endParagraph && from == 0) {
            l.blockEnd = l.pieces.size();
          }
          l.pieces.add(new Piece(p, from, to, sep));
          sep = chance(0.75) ? Sep.SPLIT_BLANK : Sep.SPLIT_WRAP;
          from = to;
        }
      }
      if (moved) {
        if (l.blockEnd < 0) {
          l.blockEnd = l.pieces.size();
        }
        damage.add("block of statement " + s + " " + page.statements().get(s).names() + " from paragraph "
            + cutParagraph + " char " + cutAt + " to paragraph " + endParagraph + " moved");
      }
    }

    private void addRandomCut(String text, List<Integer> cuts) {
      int c = randomCut(text);
      if (c > 0 && !cuts.contains(c) && piecesAreText(text, cuts, c)) {
        cuts.add(c);
      }
    }

    /** A random point where extraction may break a line: mid-word is fine, after a sentence's end is not. */
    private int randomCut(String text) {
      for (int attempt = 0; attempt < 30; attempt++) {
        int c = 1 + rnd.nextInt(Math.max(1, text.length() - 1));
        if (validCut(text, c) && piecesAreText(text, List.of(), c)) {
          return c;
        }
      }
      return -1;
    }

    /**
     * The piece before the cut must stay open: a break right after 。 looks exactly like a paragraph break and no
     * repair could rejoin it. Pieces must keep their edges (no space at the cut, which trimming would eat).
     */
    private static boolean validCut(String text, int c) {
      if (c < 2 || c > text.length() - 2) {
        return false;
      }
      char before = text.charAt(c - 1);
      char after = text.charAt(c);
      if (TextUtil.isSpace(before) || TextUtil.isSpace(after) || Character.isLowSurrogate(after)) {
        return false;
      }
      return isOpen(text.substring(0, c));
    }

    /** No piece may look like something other than text: a header, a caption, a byline, a markdown heading. */
    private boolean piecesAreText(String text, List<Integer> cuts, int c) {
      List<Integer> all = new ArrayList<>(cuts);
      all.add(c);
      Collections.sort(all);
      int from = 0;
      for (int i = 0; i <= all.size(); i++) {
        int to = i < all.size() ? all.get(i) : text.length();
        String piece = text.substring(from, to);
        // Two cuts next to each other would leave a lone mark (，) on a line: not what extraction produces.
        if (piece.length() < 2 || piece.codePoints().noneMatch(Character::isLetterOrDigit)
            || (piece.contains("卫生健康委") && !SENTENCE_PUNCTUATION.matcher(piece).find())
            || names.contains(piece) || piece.startsWith("本版由") || piece.startsWith("本报记者")
            || piece.startsWith("#") || piece.equals("联合采写") || piece.equals("联合报道")) {
          return false;
        }
        from = to;
      }
      return true;
    }

    private static boolean isOpen(String s) {
      int i = s.length() - 1;
      while (i >= 0 && (TextUtil.isSpace(s.charAt(i)) || CLOSING_MARKS.indexOf(s.charAt(i)) >= 0)) {
        i--;
      }
      return i >= 0 && TERMINATORS.indexOf(s.charAt(i)) < 0;
    }

    /** Each official's photo caption: after the header, before it, inside a split sentence, or not printed. */
    private void placeCaptions(int s, Layout l) {
      List<Integer> splits = new ArrayList<>();
      for (int p = 0; p < l.pieces.size(); p++) {
        if (l.pieces.get(p).before() != Sep.PARAGRAPH) {
          splits.add(p);
        }
      }
      for (Official o : page.statements().get(s).officials()) {
        double r = rnd.nextDouble();
        if (r < 0.1) {
          continue;
        } else if (r < 0.2) {
          l.captionsBeforeHeader.add(o.name());
          damage.add("caption " + o.name() + " before its header");
        } else if (r < 0.5 && !splits.isEmpty()) {
          int p = splits.get(rnd.nextInt(splits.size()));
          l.captionsBefore.computeIfAbsent(p, x -> new ArrayList<>()).add(o.name());
          damage.add("caption " + o.name() + " inside a split sentence");
        } else {
          l.captionsAfterHeader.add(o.name());
        }
      }
    }

    private void block(int s, Layout l) {
      for (int p = l.blockStart; p < l.blockEnd; p++) {
        piece(s, l, p);
      }
    }

    private void piece(int s, Layout l, int index) {
      l.captionsBefore.getOrDefault(index, List.of()).forEach(c -> caption(s, c));
      Piece piece = l.pieces.get(index);
      if (piece.before() != Sep.SPLIT_WRAP || !lastWasText) {
        blank();
      }
      String text = page.statements().get(s).paragraphs().get(piece.paragraph()).text();
      emit(text.substring(piece.from(), piece.to()), TrueRole.TEXT, s, piece.paragraph(), piece.from(), piece.to());
    }

    private void headers(int s, int number) {
      TrueStatement st = page.statements().get(s);
      blank();
      String w = word == null ? st.word() : word;
      for (Official o : st.officials()) {
        // the seeds' family draws from the page's stream, as before families existed
        List<String> lines = family == HeaderTypesetter.Family.SEED
            ? List.of(st.region() + w + o.title() + SEED_SEPARATORS[rnd.nextInt(SEED_SEPARATORS.length)] + o.name())
            : typesetter.header(st.region() + w, o, number);
        lines.forEach(line -> emit(line, TrueRole.HEADER, s, -1, 0, 0));
      }
    }

    /** A varied family prints a subtitle under some headers: statement text of its own. */
    private void subtitle(int s) {
      if (family == HeaderTypesetter.Family.SEED || !typesetter.chance(0.4)) {
        return;
      }
      String subtitle = SUBTITLES[typesetter.pick(SUBTITLES.length)];
      blank();
      emit(subtitle, TrueRole.SUBTITLE, s, -1, 0, subtitle.length());
    }

    private void caption(int s, String name) {
      blank();
      blank();
      blank();
      emit(typesetter.caption(name), TrueRole.CAPTION, s, -1, 0, 0);
      blank();
    }

    private void headline() {
      if (page.headline() == null) {
        return;
      }
      blank();
      boolean markdown = chance(0.5);
      emit((markdown ? "# " : "") + page.headline(), TrueRole.HEADLINE, -1, -1, 0, 0);
    }

    private void lead() {
      for (int p = 0; p < page.lead().size(); p++) {
        String text = page.lead().get(p);
        List<Integer> cuts = new ArrayList<>();
        if (chance(0.4)) {
          addRandomCut(text, cuts);
        }
        Collections.sort(cuts);
        int from = 0;
        for (int i = 0; i <= cuts.size(); i++) {
          int to = i < cuts.size() ? cuts.get(i) : text.length();
          blank();
          emit(text.substring(from, to), TrueRole.LEAD, -1, p, from, to);
          from = to;
        }
      }
    }

    private void byline() {
      if (page.reporters().isEmpty()) {
        return;
      }
      blank();
      emit("本版由本报记者" + String.join(" ", page.reporters()), TrueRole.BYLINE, -1, -1, 0, 0);
      emit("联合采写", TrueRole.BYLINE, -1, -1, 0, 0);
    }

    private void blank() {
      printed.add("");
      truth.add(new LineTruth(printed.size(), "", TrueRole.BLANK, -1, -1, 0, 0));
      lastWasText = false;
    }

    private void emit(String line, TrueRole role, int statement, int paragraph, int from, int to) {
      String out = trailingSpaces && chance(0.2) ? line + TRAILING[rnd.nextInt(TRAILING.length)] : line;
      printed.add(out);
      truth.add(new LineTruth(printed.size(), out, role, statement, paragraph, from, to));
      lastWasText = role == TrueRole.TEXT;
    }

    /** SplitMix64's finalizer: java.util.Random's first draws for seeds 1, 2, 3… are nearly identical. */
    private static long mix(long seed) {
      long z = seed + 0x9E3779B97F4A7C15L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    private boolean chance(double p) {
      return rnd.nextDouble() < p;
    }
  }
}
