package wjw.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.Paragraph;

/**
 * Repairs the reading order of one page: rejoins sentences the extraction split (choosing each
 * open fragment's continuation among all pieces of the page, globally), moves blocks printed
 * before their header or after the next statement to the statement they belong to, and explains
 * every paragraph's attribution. Weak evidence keeps the printed position and says so.
 */
public final class LayoutRepair {
  private final Lexicon lexicon;

  /**
   * Above this many (open fragment, piece) pairs a page is repaired by position only: weighing every fragment against
   * every piece takes memory and time in proportion to the pairs (the assignment more), and a file of thousands of
   * short lines exhausted a 1 GB heap. A newspaper page has far fewer: under 1,000 on the seeds, under 2,000 on the
   * simulator's damaged pages; 100,000 take about a second.
   */
  static final long MAX_PAIRS = 100_000;

  /** Why a paragraph is a subtitle, added to its attribution's evidence. */
  static final String SUBTITLE_EVIDENCE = "; a short unpunctuated line of its own that nothing continues: the subtitle";

  /** A line this many times longer than the short line before it was not wrapped from it. */
  static final int WRAP_RATIO = 2;

  /**
   * How much a block's own places count for a join when they are first named 2–3, 4–6 or more pieces after the piece
   * that would continue the sentence (1 at that piece or the next): evidence far from the piece says little about it,
   * as a block may carry paragraphs of another statement after its own.
   */
  static final double PLACES_NEAR = 0.7;
  static final double PLACES_FURTHER = 0.4;
  static final double PLACES_FAR = 0.1;

  /**
   * Joins are chosen again at most this many times, each time forbidding the weakest join of a loop (a sentence
   * continuing into itself): a bound on the cost, as every round runs the assignment over the whole page again.
   */
  static final int MAX_LOOP_BREAKS = 20;

  /**
   * The repaired runs: paragraphs per run (0 = lead), the run each text line ended up in, and a note for the reviewer
   * when the page was too large for the whole repair (null otherwise).
   */
  public record Result(List<List<Paragraph>> runs, Map<Integer, Integer> runOfLine, String note) {}

  public LayoutRepair(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * @param runs text lines per run in page order: run 0 the lead, run r ≥ 1 the r-th statement
   * @param provinces the province of each run (null for the lead or an unknown region)
   * @param pageLines every trimmed line of the page, for "occurs elsewhere on the page" evidence
   */
  public Result repair(List<List<TextLine>> runs, List<String> provinces, List<String> pageLines) {
    PageLayout page = new PageLayout(runs, provinces);
    JoinScorer scorer = new JoinScorer(lexicon, pageLines, page);
    long pairs = page.openCount() * (long) page.pieces.size();
    if (pairs > MAX_PAIRS) {
      Joins joins = Joins.adjacent(page, scorer);
      page.settleSubtitles(joins);
      return assemble(page, joins, new BlockMoves(page, joins), "page too large for layout repair (" + pairs
          + " fragment-piece pairs, limit " + MAX_PAIRS + "): only lines printed one after the other were rejoined");
    }
    Joins joins = Joins.choose(page, scorer);
    page.settleSubtitles(joins);
    BlockMoves moves = new BlockMoves(page, joins);
    moves.followContinuations();
    moves.followPlaces();
    return assemble(page, joins, moves, null);
  }

  private static Result assemble(PageLayout page, Joins joins, BlockMoves moves, String note) {
    List<List<Paragraph>> out = new ArrayList<>();
    Map<Integer, Integer> runOfLine = new HashMap<>();
    List<List<Integer>> orders = moves.orders();
    for (int r = 0; r < page.runCount(); r++) {
      final int run = r;
      List<Paragraph> paragraphs = new ArrayList<>();
      for (int head : orders.get(run)) {
        List<Piece> chain = joins.chain(head);
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        for (Piece p : chain) {
          text.append(p.text());
          lines.addAll(p.lines());
          p.lines().forEach(l -> runOfLine.put(l, run));
        }
        boolean subtitle = page.subtitle(page.pieces.get(head));
        Attribution why = moves.attribution(head);
        if (subtitle) {
          why = new Attribution(why.rule(), why.evidence() + SUBTITLE_EVIDENCE, why.confidence());
        }
        paragraphs.add(new Paragraph(text.toString(), lines, why, subtitle ? Paragraph.SUBTITLE : Paragraph.TEXT));
      }
      out.add(paragraphs);
    }
    return new Result(out, runOfLine, note);
  }

  /** The pieces of a page, by run, with the places each names. */
  static final class PageLayout {
    final List<Piece> pieces = new ArrayList<>();
    final List<List<Piece>> runs = new ArrayList<>();
    final List<String> provinces;
    /**
     * Per piece: the provinces its places show it belongs to ({@link PlaceEvidence}), with how many times; those it
     * says so outright; the places themselves, as printed; and every province it names at all.
     */
    private final List<Map<String, Integer>> owns = new ArrayList<>();
    private final List<Map<String, Integer>> strongOwns = new ArrayList<>();
    private final List<List<PlaceEvidence.Owner>> evidence = new ArrayList<>();
    private final List<Map<String, Integer>> named = new ArrayList<>();
    private final int[] nextNaming;
    /** How each piece's line was handed in, and whether it turned out a subtitle (closed, never joined). */
    private final TextLine.Kind[] kinds;
    private final boolean[] subtitle;
    /** Whether each piece's text ends mid-sentence ({@link Piece#open}), read once: joins ask for every pair. */
    private final boolean[] openText;
    /** The next piece in the same run that is not a subtitle, or -1: what "printed right after" means for joins. */
    private final int[] nextText;
    /** The provinces of the page's statements (runs 1 on). */
    private final java.util.Set<String> statementProvinces = new java.util.HashSet<>();

    PageLayout(List<List<TextLine>> lines, List<String> provinces) {
      this.provinces = provinces;
      for (int r = 1; r < provinces.size(); r++) {
        if (provinces.get(r) != null) statementProvinces.add(provinces.get(r));
      }
      // 全区 ("the whole region") names the autonomous region speaking, when the page has just one
      List<String> regions = provinces.stream().filter(p -> p != null && p.endsWith("自治区")).distinct().toList();
      String region = regions.size() == 1 ? regions.get(0) : null;
      int total = lines.stream().mapToInt(List::size).sum();
      kinds = new TextLine.Kind[total];
      subtitle = new boolean[total];
      openText = new boolean[total];
      nextText = new int[total];
      for (int r = 0; r < lines.size(); r++) {
        List<Piece> run = new ArrayList<>();
        List<TextLine> ls = lines.get(r);
        for (int k = 0; k < ls.size(); k++) {
          TextLine l = ls.get(k);
          Piece p = new Piece(pieces.size(), r, List.of(l.number()), l.text(), k == 0 ? TextLine.Gap.BLANK : l.gap(),
              k == 0, k == ls.size() - 1);
          kinds[p.index()] = l.kind();
          subtitle[p.index()] = l.kind() == TextLine.Kind.SUBTITLE;
          openText[p.index()] = p.open();
          pieces.add(p);
          run.add(p);
          PlaceEvidence.Reading reading = PlaceEvidence.read(l.text(), region, l.caption());
          Map<String, Integer> owned = new HashMap<>();
          Map<String, Integer> outright = new HashMap<>();
          for (PlaceEvidence.Owner o : reading.owners()) {
            owned.merge(o.province(), 1, Integer::sum);
            if (o.strong()) outright.merge(o.province(), 1, Integer::sum);
          }
          owns.add(owned);
          strongOwns.add(outright);
          evidence.add(reading.owners());
          named.add(reading.named());
        }
        runs.add(run);
      }
      linkText();
      nextNaming = new int[pieces.size()];
      for (int i = pieces.size() - 1; i >= 0; i--) {
        boolean names = !named.get(i).isEmpty();
        boolean sameRunNext = i + 1 < pieces.size() && pieces.get(i + 1).run() == pieces.get(i).run();
        nextNaming[i] = names ? i : sameRunNext ? nextNaming[i + 1] : -1;
      }
    }

    /** A short unpunctuated line under a header or among the lead: a subtitle unless the text shows it goes on. */
    boolean subtitleCandidate(Piece p) {
      return kinds[p.index()] == TextLine.Kind.SUBTITLE_CANDIDATE;
    }

    /**
     * Whether b, printed right after the subtitle candidate a, reads as a paragraph of its own after it: a blank line
     * between, b opening the way sentences do, or a far longer b on the very next line (a line wrapped in a column
     * fills it; a subtitle does not).
     */
    boolean printedApart(Piece a, Piece b, JoinScorer scorer) {
      return b.gapBefore() == TextLine.Gap.BLANK || b.gapBefore() == TextLine.Gap.SECTION || scorer.opensSentence(b)
          || (b.gapBefore() == TextLine.Gap.LINE && b.text().length() >= WRAP_RATIO * a.text().length());
    }

    /**
     * Once the joins are chosen: a subtitle candidate that nothing continues is a subtitle (closed, marked as such);
     * one that got a continuation was a fragment of a sentence.
     */
    void settleSubtitles(Joins joins) {
      boolean changed = false;
      for (Piece p : pieces) {
        if (subtitleCandidate(p) && joins.next[p.index()] < 0) {
          subtitle[p.index()] = true;
          changed = true;
        }
      }
      if (changed) linkText();
    }

    private void linkText() {
      int next = -1;
      for (int i = pieces.size() - 1; i >= 0; i--) {
        boolean sameRun = next >= 0 && pieces.get(next).run() == pieces.get(i).run();
        nextText[i] = sameRun ? next : -1;
        if (!subtitle[i]) next = i;
        else if (!sameRun) next = -1;
      }
    }

    boolean subtitle(Piece p) {
      return subtitle[p.index()];
    }

    /** The piece ends in an open sentence that may go on elsewhere: never a subtitle's. */
    boolean open(Piece p) {
      return !subtitle[p.index()] && openText[p.index()];
    }

    /** The next text piece printed in p's run, subtitles skipped, or -1. */
    int nextText(Piece p) {
      return nextText[p.index()];
    }

    /** The first piece at or after {@code index} in the same run that names a place, or -1. */
    int nextNaming(int index) {
      return index < nextNaming.length ? nextNaming[index] : -1;
    }

    int runCount() {
      return runs.size();
    }

    long openCount() {
      return pieces.stream().filter(this::open).count();
    }

    String province(int run) {
      return provinces.get(run);
    }

    /** The piece printed before p in its run, or null after a header. */
    Piece previous(Piece p) {
      return p.firstInRun() ? null : pieces.get(p.index() - 1);
    }

    /** How often the pieces' places show they belong to the province (0 for a null province). */
    int owns(List<Piece> ps, String province) {
      return count(owns, ps, province);
    }

    /** How often the pieces say outright they belong to the province (0 for a null province). */
    int strongOwns(List<Piece> ps, String province) {
      return count(strongOwns, ps, province);
    }

    /** How often the pieces name the province at all, evidence or mention (0 for a null province). */
    int names(List<Piece> ps, String province) {
      return count(named, ps, province);
    }

    private static int count(List<Map<String, Integer>> byPiece, List<Piece> ps, String province) {
      if (province == null) {
        return 0;
      }
      int n = 0;
      for (Piece p : ps) {
        n += byPiece.get(p.index()).getOrDefault(province, 0);
      }
      return n;
    }

    /**
     * What piece i's places say about the statement of province mine (null for none): 1 they show it is mine and
     * name no other statement's province, -1 they name another statement's province and show nothing of mine, 0
     * neither or both (a mere mention of another province counts against, never for).
     */
    int placeVerdict(int i, String mine) {
      boolean theirs = mine != null && owns.get(i).getOrDefault(mine, 0) > 0;
      boolean other = false;
      for (Map.Entry<String, Integer> e : named.get(i).entrySet()) {
        if (e.getValue() > 0 && !e.getKey().equals(mine) && statementProvinces.contains(e.getKey())) {
          other = true;
          break;
        }
      }
      return theirs == other ? 0 : theirs ? 1 : -1;
    }

    /** The index after the last piece of the run. */
    int runEnd(int run) {
      List<Piece> pieces = runs.get(run);
      return pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).index() + 1;
    }

    /** The pieces from p to the end of its run: the block p would carry. */
    List<Piece> blockFrom(Piece p) {
      List<Piece> run = runs.get(p.run());
      // a run's pieces are numbered consecutively; indexOf compared whole records, for every pair of pieces
      return run.subList(p.index() - run.get(0).index(), run.size());
    }

    /** The places in the pieces that show they belong to the province, for evidence messages. */
    String placeNames(List<Piece> ps, String province) {
      List<String> names = new ArrayList<>();
      for (Piece p : ps) {
        for (PlaceEvidence.Owner o : evidence.get(p.index())) {
          if (o.province().equals(province) && !names.contains(o.name())) {
            names.add(o.name());
          }
        }
      }
      return String.join("、", names) + " (" + province + ")";
    }
  }

  /** The joins chosen for a page: which piece continues which, as chains from a head piece. */
  static final class Joins {
    final PageLayout page;
    final int[] next;
    final int[] prev;
    final Map<Integer, JoinScorer.Join> byContinuation = new HashMap<>();

    private Joins(PageLayout page) {
      this.page = page;
      this.next = new int[page.pieces.size()];
      this.prev = new int[page.pieces.size()];
      java.util.Arrays.fill(next, -1);
      java.util.Arrays.fill(prev, -1);
    }

    static Joins choose(PageLayout page, JoinScorer scorer) {
      Joins joins = new Joins(page);
      List<Piece> open = page.pieces.stream().filter(page::open).toList();
      int n = page.pieces.size();
      double[][] weight = new double[open.size()][n];
      JoinScorer.Join[][] found = new JoinScorer.Join[open.size()][n];
      // place evidence depends on a's run only: worked out once per run and piece, not per open piece
      double[][] placesByRun = new double[page.runCount()][];
      for (int i = 0; i < open.size(); i++) {
        Piece a = open.get(i);
        if (placesByRun[a.run()] == null) {
          placesByRun[a.run()] = new double[n];
          java.util.Arrays.fill(placesByRun[a.run()], Double.NaN);
        }
        double[] places = placesByRun[a.run()];
        for (Piece b : page.pieces) {
          if (b == a || page.subtitle(b) || !allowed(a, b)) continue;
          if (Double.isNaN(places[b.index()])) places[b.index()] = blockPlaces(page, a, b);
          JoinScorer.Join j = scorer.score(a, b, page.previous(b), places[b.index()], () -> placeWords(page, a, b));
          weight[i][b.index()] = j.score();
          found[i][b.index()] = j;
        }
      }
      // Context alone (places, position) may take a fragment far away only when nothing printed
      // right after it can continue it; otherwise the text itself must point there.
      for (int i = 0; i < open.size(); i++) {
        Piece a = open.get(i);
        int next = page.nextText(a);
        boolean nextFits = next >= 0 && weight[i][next] > 0 && found[i][next].adjacent();
        if (!nextFits) continue;
        for (int c = 0; c < n; c++) {
          if (found[i][c] != null && !found[i][c].adjacent() && !found[i][c].textual()) weight[i][c] = 0;
        }
      }
      // A subtitle candidate goes on only where the text itself shows it (a word or four characters across the break),
      // wherever that is printed: a subtitle printed as a paragraph of its own is followed by text it does not
      // continue. Wrapped onto the next line, or interrupted by a caption, it is a fragment like any other.
      for (int i = 0; i < open.size(); i++) {
        Piece a = open.get(i);
        if (!page.subtitleCandidate(a)) continue;
        int next = page.nextText(a);
        boolean apart = next < 0 || page.printedApart(a, page.pieces.get(next), scorer);
        for (int c = 0; c < n; c++) {
          if (found[i][c] != null && !found[i][c].strongText() && (apart || c != next)) weight[i][c] = 0;
        }
      }
      int[] chosen = Assignment.maximize(weight);
      // A sentence cannot continue into itself: forbid the weakest join of any loop and choose again.
      for (int round = 0; round < MAX_LOOP_BREAKS; round++) {
        int[] loop = weakestJoinInLoop(open, chosen, weight);
        if (loop == null) break;
        weight[loop[0]][loop[1]] = 0;
        chosen = Assignment.maximize(weight);
      }
      for (int i = 0; i < chosen.length; i++) {
        if (chosen[i] >= 0) {
          Piece a = open.get(i);
          joins.next[a.index()] = chosen[i];
          joins.prev[chosen[i]] = a.index();
          joins.byContinuation.put(chosen[i], found[i][chosen[i]]);
        }
      }
      return joins;
    }

    /** Joins by position only: an open fragment and the piece printed right after it under the same header. */
    static Joins adjacent(PageLayout page, JoinScorer scorer) {
      Joins joins = new Joins(page);
      for (Piece a : page.pieces) {
        int b = page.nextText(a);
        if (!page.open(a) || b < 0) continue;
        JoinScorer.Join j = scorer.score(a, page.pieces.get(b), a, 0, () -> "");
        boolean apart = page.printedApart(a, page.pieces.get(b), scorer);
        if (j.score() > 0 && !(page.subtitleCandidate(a) && apart && !j.strongText())) {
          joins.next[a.index()] = b;
          joins.prev[b] = a.index();
          joins.byContinuation.put(b, j);
        }
      }
      return joins;
    }

    /** {row, column} of the weakest join in a loop of chosen joins, or null if they form none. */
    private static int[] weakestJoinInLoop(List<Piece> open, int[] chosen, double[][] weight) {
      Map<Integer, Integer> rowOfPiece = new HashMap<>();
      for (int i = 0; i < open.size(); i++) rowOfPiece.put(open.get(i).index(), i);
      for (int start = 0; start < open.size(); start++) {
        List<Integer> rows = new ArrayList<>();
        Integer row = start;
        while (row != null && chosen[row] >= 0 && !rows.contains(row)) {
          rows.add(row);
          row = rowOfPiece.get(chosen[row]);
        }
        if (row != null && row == start && chosen[row] >= 0) {
          int weakest = rows.stream().min(Comparator.comparingDouble(r -> weight[r][chosen[r]])).orElseThrow();
          return new int[] {weakest, chosen[weakest]};
        }
      }
      return null;
    }

    /** The lead never takes statement text, except the first statement's opening printed before its header. */
    private static boolean allowed(Piece a, Piece b) {
      if (a.run() == 0 && b.run() != 0) {
        return b.run() == 1 && b.firstInRun() && a.lastInRun();
      }
      return true;
    }

    /**
     * Place evidence for b's block, from the first piece at or after b (in b's run) that names a
     * province of the page: positive when it is a's, scaled down with distance (evidence far from b
     * says little about b); negative when it is another statement's and not a's.
     */
    private static double blockPlaces(PageLayout page, Piece a, Piece b) {
      if (a.run() == b.run()) return 0;
      String mine = page.province(a.run());
      int end = page.runEnd(b.run());
      // jump from one piece that names a place to the next: most pieces name none
      for (int at = page.nextNaming(b.index()); at >= 0 && at < end; at = page.nextNaming(at + 1)) {
        int k = at - b.index();
        int verdict = page.placeVerdict(at, mine);
        if (verdict > 0) return k <= 1 ? 1 : k <= 3 ? PLACES_NEAR : k <= 6 ? PLACES_FURTHER : PLACES_FAR;
        if (verdict < 0) return -1;
      }
      return 0;
    }

    private static String placeWords(PageLayout page, Piece a, Piece b) {
      String province = page.province(a.run());
      return province == null || a.run() == b.run() ? "" : page.placeNames(page.blockFrom(b), province);
    }

    boolean isHead(int piece) {
      return prev[piece] < 0;
    }

    int headOf(int piece) {
      int at = piece;
      while (prev[at] >= 0) at = prev[at];
      return at;
    }

    List<Piece> chain(int head) {
      List<Piece> chain = new ArrayList<>();
      for (int at = head; at >= 0; at = next[at]) chain.add(page.pieces.get(at));
      return chain;
    }

    /** Joins whose two pieces stand in different runs, strongest first. */
    List<JoinScorer.Join> crossRun() {
      return byContinuation.values().stream()
          .filter(j -> j.a().run() != j.b().run())
          .sorted(Comparator.comparingDouble(JoinScorer.Join::score).reversed())
          .toList();
    }
  }
}
