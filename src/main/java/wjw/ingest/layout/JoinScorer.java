package wjw.ingest.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import wjw.ingest.text.TextUtil;

/**
 * Scores how well piece b continues the open sentence at the end of piece a, from evidence a
 * reader would use: adjacency, a word forming across the break, a start that cannot begin a
 * sentence, a fragment too short to stand alone, and the places the continuation's block names.
 */
final class JoinScorer {
  /** Below this an adjacent join is not made; non-adjacent joins need {@link #FAR}. */
  static final double NEAR = 2.5;
  static final double FAR = 4.0;
  static final double STRONG = 5.0;

  private final Lexicon lexicon;
  /** Every 3- and 4-character string of the page. */
  private final PageGrams pageGrams;
  /** What is read of each piece's text, by piece index. */
  private final PieceText[] texts;
  /** Which pieces are subtitles, and what is printed right after each. */
  private final LayoutRepair.PageLayout page;

  /**
   * One decision's score and its evidence in words.
   *
   * @param strongText the texts show the join beyond chance: a dictionary word across the break, or four characters
   *     across it that occur elsewhere on the page (a start that cannot begin a sentence, or three characters, are
   *     suggestive only)
   * @param textual the texts themselves suggest the join (a word across the break, a start that cannot
   *     begin a sentence, a fragment), as opposed to context alone (position, places)
   * @param evidence null when the join falls short: nobody reads why a join was not made
   */
  record Join(Piece a, Piece b, double score, boolean adjacent, boolean textual, boolean strongText, String evidence) {}

  JoinScorer(Lexicon lexicon, List<String> pageLines, LayoutRepair.PageLayout page) {
    this.lexicon = lexicon;
    this.page = page;
    List<Piece> pieces = page.pieces;
    this.texts = new PieceText[pieces.size()];
    // The first two units of any gram gramAcross asks about: it starts in the Han end of an open piece (or anywhere
    // in its last three units next to a surrogate) and goes on in that piece or with the first unit of another.
    BitSet firsts = new BitSet();
    BitSet seconds = new BitSet();
    for (Piece p : pieces) {
      PieceText text = new PieceText(p.text());
      texts[p.index()] = text;
      String t = p.text();
      seconds.set(t.charAt(0));
      if (text.open) {
        int from = t.length() - (text.hanAtEnd < 0 ? Math.min(PieceText.GRAM_SIDE, t.length()) : text.hanAtEnd);
        for (int i = from; i < t.length(); i++) {
          firsts.set(t.charAt(i));
          if (i > from) {
            seconds.set(t.charAt(i));
          }
        }
      }
    }
    this.pageGrams = new PageGrams(pageLines, firsts, seconds);
  }

  /**
   * @param a a piece ending in an open sentence (only such pieces' ends are looked for elsewhere on the page)
   * @param previous the piece printed before b in its run, or null when b follows a header
   * @param blockPlaces place evidence of the block b starts: +1 it names a's statement only, -1 it names
   *     another statement's places and none of a's, 0 neither
   */
  Join score(Piece a, Piece b, Piece previous, double blockPlaces, Supplier<String> placeWords) {
    PieceText tail = texts[a.index()];
    PieceText head = texts[b.index()];
    if (!tail.open) {
      throw new IllegalArgumentException(a.where() + " ends its sentence: there is nothing to continue");
    }
    double score = 0;
    // across a section label or a dateline no sentence runs on: what is printed after it is not "right after"
    boolean adjacent = b.index() == page.nextText(a) && b.gapBefore() != TextLine.Gap.SECTION;
    if (adjacent) {
      score += b.gapBefore() == TextLine.Gap.LINE ? 6 : 3;
    }
    // A dictionary word across the break is suggestive (many heads form some word with a one-character
    // tail); the same characters occurring elsewhere on the page is what makes it convincing. The
    // dictionary is consulted last, and only when it could still lift the join over the threshold.
    String gram = gramAcross(tail, head);
    double gramScore = gram == null ? 0 : gram.length() >= 4 ? 2.5 : 1.0;
    boolean textual = gram != null;
    if (head.cannotStart) {
      textual = true;
      score += 2.5;
    } else if (head.opensSentence) {
      score -= 2;
    }
    boolean fragment = false;
    if (!adjacent) {
      if (previous == null || !page.open(previous)) {
        score += 1;
      } else {
        score -= 1; // the piece printed before b is open too: b is most likely its continuation
      }
      if (head.fragment) {
        fragment = true;
        textual = true;
        score += 1;
      } else if (head.heading) {
        score -= 2; // 统筹推动人口高质量发展。: the short topic sentence that opens a paragraph
      }
      if (a.run() != b.run() && blockPlaces != 0) {
        score += 2.5 * blockPlaces;
      }
      if (a.run() == b.run() && b.index() < a.index()) {
        score -= 2; // under one header, text printed earlier rarely continues text printed later
      }
      if (a.lastInRun()) {
        score += 1.5; // the next thing printed is a header: the sentence must go on somewhere else
      }
      if (Math.abs(a.run() - b.run()) == 1 && b.run() != 0) {
        score += 0.5; // blocks get printed before their own header or after the next statement
      }
    }
    double threshold = adjacent ? NEAR : FAR;
    boolean wordPossible = tail.endsHan && head.startsHan && score + gramScore + 2 >= threshold;
    Optional<String> word = wordPossible ? lexicon.wordAcross(tail.text, head.text) : Optional.empty();
    if (word.isPresent()) {
      score += 2;
      textual = true;
    }
    if (gram != null) {
      // three characters recur by chance more often; and where the dictionary puts a word boundary
      // exactly at the break (中医药|强), the recurring string is a collocation, not a split word
      score += word.isPresent() ? gramScore : gramScore / 2;
    }
    if (score < threshold) {
      return new Join(a, b, 0, adjacent, textual, strong(word, gram), null);
    }
    List<String> why = new ArrayList<>();
    if (adjacent) {
      why.add(b.gapBefore() == TextLine.Gap.LINE ? "the next line"
          : b.gapBefore() == TextLine.Gap.INTERRUPTED ? "the next text after a caption" : "the next paragraph");
    }
    word.ifPresent(w -> why.add("the word " + w + " forms across the break"));
    if (gram != null) {
      why.add(gram + " forms across the break and occurs elsewhere on the page");
    }
    if (head.cannotStart) {
      why.add("it starts with " + head.first + ", which cannot begin a sentence");
    }
    if (fragment) {
      why.add("“" + head.firstSentence + "” is too short to stand as a sentence");
    }
    if (!adjacent && a.run() != b.run() && blockPlaces > 0) {
      why.add("its block names " + placeWords.get());
    }
    return new Join(a, b, score, adjacent, textual, strong(word, gram),
        "…" + tailOf(tail.text) + "|" + headOf(head.text) + "…: " + String.join("; ", why));
  }

  private static boolean strong(Optional<String> word, String gram) {
    return word.isPresent() || (gram != null && gram.length() >= 4);
  }

  /** Whether the piece opens the way sentences and paragraphs do (2026年, 一是, 我们). */
  boolean opensSentence(Piece p) {
    return texts[p.index()].opensSentence;
  }

  /** Up to 4 characters across the break (at least one from each side) that occur as such elsewhere on the page. */
  private String gramAcross(PieceText tail, PieceText head) {
    if (tail.hanAtEnd < 0 || head.hanAtStart < 0) {
      return gramAcrossCodePoints(tail.text, head.text);
    }
    // No surrogate near the break: a unit is a character, and the Han runs at the ends say which grams are all Han.
    for (int total = 4; total >= 3; total--) {
      for (int left = 1; left < total; left++) {
        int right = total - left;
        if (left <= tail.hanAtEnd && right <= head.hanAtStart
            && pageGrams.contains(PageGrams.pack(tail.text, left, head.text, right))) {
          return tail.text.substring(tail.text.length() - left) + head.text.substring(0, right);
        }
      }
    }
    return null;
  }

  /** {@link #gramAcross} where a surrogate is near the break: the gram must be Han code point by code point. */
  private String gramAcrossCodePoints(String tail, String head) {
    for (int total = 4; total >= 3; total--) {
      for (int left = 1; left < total; left++) {
        int right = total - left;
        if (left > tail.length() || right > head.length()) continue;
        String g = tail.substring(tail.length() - left) + head.substring(0, right);
        if (g.codePoints().allMatch(TextUtil::isHan) && pageGrams.contains(PageGrams.pack(g, 0, g.length()))) {
          return g;
        }
      }
    }
    return null;
  }

  private static String tailOf(String s) {
    return s.substring(Math.max(0, s.length() - 6));
  }

  private static String headOf(String s) {
    return s.substring(0, Math.min(6, s.length()));
  }
}
