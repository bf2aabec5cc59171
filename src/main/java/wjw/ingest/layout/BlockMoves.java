package wjw.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wjw.ingest.model.Attribution;

/**
 * Decides which run each paragraph (chain of pieces) belongs to once the joins are known: a
 * continuation printed under another header carries the rest of its block along; a block that
 * names only the neighbouring statement's places moves there; and records why, per paragraph.
 */
final class BlockMoves {
  /**
   * A block moves on place evidence alone when it says outright it is the other statement's (a subject of a clause, a
   * caption …), or names that statement's places in passing at least this many times; with less it stays, uncertain.
   */
  static final int WEAK_PLACES_TO_MOVE = 2;
  /**
   * A lead-in clause (在……上，强龙头，) is this short: two to four characters before its comma. Paragraphs opening with
   * one on the same character are printed in parallel and travel together.
   */
  static final int MIN_LEAD_IN = 2;
  static final int MAX_LEAD_IN = 4;

  private final LayoutRepair.PageLayout page;
  private final LayoutRepair.Joins joins;
  private final int[] runOfHead;
  private final boolean[] decided;
  private final Map<Integer, List<Integer>> attachedAfter = new HashMap<>();
  private final List<List<Integer>> prepended = new ArrayList<>();
  private final List<List<Integer>> appended = new ArrayList<>();
  private final Map<Integer, Attribution> attribution = new HashMap<>();

  BlockMoves(LayoutRepair.PageLayout page, LayoutRepair.Joins joins) {
    this.page = page;
    this.joins = joins;
    int n = page.pieces.size();
    this.runOfHead = new int[n];
    this.decided = new boolean[n];
    for (Piece p : page.pieces) {
      runOfHead[p.index()] = p.run();
    }
    for (int r = 0; r < page.runCount(); r++) {
      prepended.add(new ArrayList<>());
      appended.add(new ArrayList<>());
    }
  }

  /** Each continuation printed under another header: the block it starts follows the sentence it finishes. */
  void followContinuations() {
    for (JoinScorer.Join join : joins.crossRun()) {
      Piece a = join.a();
      Piece b = join.b();
      int head = joins.headOf(a.index());
      int target = runOfHead[head];
      int source = b.run();
      if (target == source) {
        continue;
      }
      String confidence = join.score() >= JoinScorer.STRONG ? Attribution.HIGH : Attribution.MEDIUM;
      if (b.firstInRun() && a.lastInRun() && a.run() + 1 == source && a.run() == target) {
        openingBeforeItsHeader(join, head, source, confidence);
      } else {
        blockAfter(join, head, target, source, confidence);
      }
    }
  }

  /** The sentence runs on across the header: it is the opening of the statement below, printed above its header. */
  private void openingBeforeItsHeader(JoinScorer.Join join, int head, int target, String confidence) {
    int from = join.a().run();
    List<Integer> block = new ArrayList<>();
    block.add(head);
    // earlier paragraphs that name only the statement below go with it
    List<Integer> heads = heads(from);
    for (int i = heads.indexOf(head) - 1; i >= 0; i--) {
      if (decided[heads.get(i)]) break;
      List<Piece> chain = joins.chain(heads.get(i));
      if (page.owns(chain, page.province(target)) == 0 || page.names(chain, page.province(from)) > 0) {
        break;
      }
      block.add(0, heads.get(i));
    }
    for (int h : block) {
      move(h, target);
      attribution.put(h, new Attribution(h == head ? Attribution.CONTINUATION : Attribution.BLOCK,
          (h == head ? "" : "moves with " + join.a().where() + ": ") + join.b().where() + " continues "
              + join.a().where() + " across the header below it (" + join.evidence() + "); printed before its header",
          confidence));
    }
    prepended.get(target).addAll(block);
  }

  /** The continuation and the paragraphs printed after it, up to the header, follow the sentence they finish. */
  private void blockAfter(JoinScorer.Join join, int head, int target, int source, String confidence) {
    if (target == 0) {
      return; // the lead takes no statement text
    }
    List<Integer> block = new ArrayList<>();
    for (int h : heads(source)) {
      if (page.pieces.get(h).index() <= join.b().index()) continue;
      if (decided[h]) break; // a stronger continuation already claimed the rest
      List<Piece> chain = joins.chain(h);
      boolean targets = page.owns(chain, page.province(target)) > 0;
      // stop where the paragraphs name someone else: the host's own text, or a third statement's block
      boolean someoneElse = !targets && namesAnotherStatement(chain, target);
      if (someoneElse || crossesInto(chain)) break;
      block.add(h);
    }
    String why = join.b().where() + " continues " + join.a().where() + " (" + join.evidence() + ")";
    attribution.putIfAbsent(head, new Attribution(Attribution.CONTINUATION, why, confidence));
    decided[head] = true;
    for (int h : block) {
      move(h, target);
      attribution.put(h, new Attribution(Attribution.BLOCK, "printed after " + join.b().where()
          + " and moves with it: " + why, confidence));
    }
    attachedAfter.computeIfAbsent(head, k -> new ArrayList<>()).addAll(block);
  }

  /** The chain names the province of some statement of the page other than {@code run}'s. */
  private boolean namesAnotherStatement(List<Piece> chain, int run) {
    for (int r = 1; r < page.runCount(); r++) {
      String p = page.province(r);
      if (r != run && p != null && !p.equals(page.province(run)) && page.names(chain, p) > 0) return true;
    }
    return false;
  }

  /** A chain containing a continuation of a sentence in another run starts a block of its own. */
  private boolean crossesInto(List<Piece> chain) {
    for (Piece p : chain) {
      JoinScorer.Join j = joins.byContinuation.get(p.index());
      if (j != null && j.a().run() != j.b().run()) return true;
    }
    return false;
  }

  /**
   * A run's trailing paragraphs that name a neighbouring statement's places (and not their own
   * statement's) move there: printed before that statement's header, or after the next statement.
   */
  void followPlaces() {
    for (int r = 0; r < page.runCount(); r++) {
      final int run = r;
      List<Integer> heads = new ArrayList<>();
      for (int h : heads(run)) {
        if (!decided[h] && runOfHead[h] == run && joins.chain(h).stream().allMatch(p -> p.run() == run)) heads.add(h);
      }
      String own = page.province(run);
      int lastOwn = -1;
      for (int i = 0; i < heads.size(); i++) {
        if (page.names(joins.chain(heads.get(i)), own) > 0) lastOwn = i;
      }
      int best = -1;
      int bestRun = -1;
      int bestCount = 0;
      for (int neighbour : new int[] {run - 1, run + 1}) {
        if (neighbour < 1 || neighbour >= page.runCount() || page.province(neighbour) == null
            || page.province(neighbour).equals(own)) continue;
        for (int i = Math.max(1, lastOwn + 1); i < heads.size(); i++) {
          List<Piece> tail = chains(heads.subList(i, heads.size()));
          if (page.owns(joins.chain(heads.get(i)), page.province(neighbour)) > 0) {
            int count = page.owns(tail, page.province(neighbour));
            if (count > bestCount) {
              best = i;
              bestRun = neighbour;
              bestCount = count;
            }
            break;
          }
        }
      }
      if (best < 0) continue;
      // paragraphs opening in parallel with the block's first (在……上……。, 强龙头,) travel with it
      while (best - 1 > Math.max(0, lastOwn) && parallel(heads.get(best - 1), heads.get(best))) {
        best--;
      }
      List<Integer> block = heads.subList(best, heads.size());
      String names = page.placeNames(chains(block), page.province(bestRun));
      String where = bestRun > run ? "printed before its header" : "printed after the next statement";
      boolean sure = page.strongOwns(chains(block), page.province(bestRun)) > 0 || bestCount >= WEAK_PLACES_TO_MOVE;
      if (sure) {
        for (int h : block) {
          move(h, bestRun);
          attribution.put(h, new Attribution(Attribution.PLACE, "the block from " + page.pieces.get(block.get(0)).where()
              + " names " + names + " and none of its printed statement's places; " + where, Attribution.MEDIUM));
        }
        (bestRun > run ? prepended.get(bestRun) : appended.get(bestRun)).addAll(block);
      } else {
        for (int h : block) {
          attribution.put(h, new Attribution(Attribution.POSITIONAL, "printed under this header, but the block from "
              + page.pieces.get(block.get(0)).where() + " names " + names + ", a neighbouring statement's place",
              Attribution.UNCERTAIN));
        }
      }
    }
  }

  /** Two paragraphs open the same way: a short topic sentence or a short lead-in clause on the same character. */
  private boolean parallel(int head, int other) {
    String a = opening(joins.chain(head).get(0).text());
    return a != null && a.equals(opening(joins.chain(other).get(0).text()));
  }

  private static String opening(String text) {
    if (PieceText.isHeading(text)) {
      return "topic:" + text.charAt(0);
    }
    int comma = Math.min(index(text, '，'), index(text, ','));
    return comma >= MIN_LEAD_IN && comma <= MAX_LEAD_IN ? "lead-in:" + text.charAt(0) : null;
  }

  private static int index(String text, char c) {
    int i = text.indexOf(c);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private List<Piece> chains(List<Integer> heads) {
    List<Piece> all = new ArrayList<>();
    heads.forEach(h -> all.addAll(joins.chain(h)));
    return all;
  }

  private void move(int head, int run) {
    runOfHead[head] = run;
    decided[head] = true;
  }

  /** Chain heads printed in the run, in page order (wherever they end up). */
  private List<Integer> heads(int run) {
    List<Integer> heads = new ArrayList<>();
    for (Piece p : page.runs.get(run)) {
      if (joins.isHead(p.index())) heads.add(p.index());
    }
    return heads;
  }

  /**
   * The final reading order of every run's paragraphs, as chain heads: each head exactly once, in
   * the run it was assigned to, after the paragraph it was attached to.
   */
  List<List<Integer>> orders() {
    List<List<Integer>> orders = new ArrayList<>();
    java.util.Set<Integer> emitted = new java.util.HashSet<>();
    for (int run = 0; run < page.runCount(); run++) {
      List<Integer> order = new ArrayList<>();
      for (int h : prepended.get(run)) emit(h, run, order, emitted);
      for (int h : heads(run)) {
        if (!prepended.get(run).contains(h) && !appended.get(run).contains(h)) emit(h, run, order, emitted);
      }
      for (int h : appended.get(run)) emit(h, run, order, emitted);
      orders.add(order);
    }
    // Safety net: a head that no rule placed stays where it was printed rather than being lost.
    for (Piece p : page.pieces) {
      if (joins.isHead(p.index()) && !emitted.contains(p.index())) {
        runOfHead[p.index()] = p.run();
        orders.get(p.run()).add(p.index());
      }
    }
    return orders;
  }

  private void emit(int head, int run, List<Integer> order, java.util.Set<Integer> emitted) {
    if (runOfHead[head] != run || !emitted.add(head)) return;
    order.add(head);
    for (int h : attachedAfter.getOrDefault(head, List.of())) emit(h, run, order, emitted);
  }

  /** Why the paragraph headed by this piece stands where it does. */
  Attribution attribution(int head) {
    List<Piece> chain = joins.chain(head);
    Attribution base = attribution.get(head);
    if (base == null) {
      base = joinsOf(chain);
    }
    Piece last = chain.get(chain.size() - 1);
    if (page.open(last) && joins.next[last.index()] < 0) {
      String tail = last.text().substring(Math.max(0, last.text().length() - 8));
      return new Attribution(base.rule(), base.evidence() + "; ends mid-sentence (…" + tail
          + ") and no continuation was found on the page", Attribution.UNCERTAIN);
    }
    return base;
  }

  /** A paragraph under its own header: positional, with any rejoined breaks named. */
  private Attribution joinsOf(List<Piece> chain) {
    if (chain.size() == 1) {
      return Attribution.positional();
    }
    List<String> parts = new ArrayList<>();
    boolean far = false;
    double weakest = Double.MAX_VALUE;
    for (int i = 1; i < chain.size(); i++) {
      JoinScorer.Join j = joins.byContinuation.get(chain.get(i).index());
      far |= !j.adjacent();
      weakest = Math.min(weakest, j.score());
      parts.add(j.b().where() + " continues " + j.a().where() + " (" + j.evidence() + ")");
    }
    if (!far) {
      return new Attribution(Attribution.POSITIONAL, "printed under the header; " + String.join("; ", parts),
          Attribution.HIGH);
    }
    return new Attribution(Attribution.CONTINUATION, String.join("; ", parts),
        weakest >= JoinScorer.STRONG ? Attribution.HIGH : Attribution.MEDIUM);
  }
}
