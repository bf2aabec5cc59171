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
  // The scale: a join to the piece printed right after is made at NEAR, one to a piece printed anywhere else needs
  // FAR, and a join scoring STRONG makes a moved paragraph's attribution high rather than medium. Each weight below
  // says why it has its size against these three; the simulator's damaged pages measure them together
  // (AttributionRecoveryTest: 99.06% of the characters attributed correctly, where positional alone gives 95.63%).

  /** Below this an adjacent join is not made. */
  static final double NEAR = 2.5;
  /**
   * Below this a join to a piece printed elsewhere is not made: position alone ({@link #PREVIOUS_CLOSED} +
   * {@link #DANGLING} + {@link #NEIGHBOUR_RUN} = 3) never reaches it without the text or the places.
   */
  static final double FAR = 4.0;
  /** A join this strong is sure: the paragraph it moves is attributed with high confidence, weaker ones medium. */
  static final double STRONG = 5.0;

  /**
   * The line directly below an open line (hard-wrapped text): its continuation even when it opens the way a sentence
   * does, since {@code NEXT_LINE + OPENS_SENTENCE} still clears {@link #NEAR}.
   */
  static final double NEXT_LINE = 6;
  /**
   * The next text after a blank line or a caption: just over {@link #NEAR}, so a sentence opening
   * ({@link #OPENS_SENTENCE}) undoes it unless a dictionary word across the break ({@link #WORD_ACROSS}) supports it.
   */
  static final double NEXT_PARAGRAPH = 3;
  /**
   * Four characters across the break that occur elsewhere on the page: as much as {@link #NEAR}, since a
   * four-character string recurring on one page by chance is rare.
   */
  static final double GRAM_OF_FOUR = 2.5;
  /** Three characters across the break that recur elsewhere: suggestive only, three characters recur by chance. */
  static final double GRAM_OF_THREE = 1.0;
  /**
   * The share of a gram's weight that counts when the dictionary does not confirm a word across the break: where it
   * puts a word boundary exactly at the break (中医药|强), the recurring string is a collocation, not a split word.
   */
  static final double UNCONFIRMED_GRAM_SHARE = 0.5;
  /** A dictionary word across the break (中医|药): suggestive, as many heads form some word with a one-character tail. */
  static final double WORD_ACROSS = 2;
  /** A piece starting with what cannot begin a sentence (的, 等, ，): as much as {@link #NEAR}, it continues something. */
  static final double CANNOT_START = 2.5;
  /** A piece opening the way sentences and paragraphs do (一是, 首先, 2026年) rather starts one of its own. */
  static final double OPENS_SENTENCE = -2;
  /**
   * Far away, the piece printed before b ends its sentence: b starts a paragraph and may finish someone's sentence;
   * when that piece is open too, b is most likely its continuation, not a's ({@code -PREVIOUS_CLOSED}).
   */
  static final double PREVIOUS_CLOSED = 1;
  /** Far away, b's first sentence is too short to stand alone (养育负担。): the end of someone's sentence. */
  static final double FRAGMENT = 1;
  /**
   * Far away, b opens with a short topic sentence (统筹推动人口高质量发展。) such as paragraphs in this genre open with:
   * as much against as a sentence opening.
   */
  static final double TOPIC_SENTENCE = -2;
  /**
   * Far away, the places of b's block, by their verdict (+1 a's statement only, -1 another statement's): as much as
   * the strongest text evidence, since whose places a block names is what a reader would go by.
   */
  static final double BLOCK_PLACES = 2.5;
  /** Under one header, text printed earlier rarely continues text printed later. */
  static final double PRINTED_EARLIER = -2;
  /** a is the last piece under its header: the next thing printed is a header, so the sentence must go on elsewhere. */
  static final double DANGLING = 1.5;
  /**
   * b is under the next or the previous header: displaced blocks get printed before their own header or after the
   * next statement, so a neighbouring run is slightly likelier than a far one; too little to decide alone.
   */
  static final double NEIGHBOUR_RUN = 0.5;

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
      score += b.gapBefore() == TextLine.Gap.LINE ? NEXT_LINE : NEXT_PARAGRAPH;
    }
    // A dictionary word across the break is suggestive (many heads form some word with a one-character
    // tail); the same characters occurring elsewhere on the page is what makes it convincing. The
    // dictionary is consulted last, and only when it could still lift the join over the threshold.
    String gram = gramAcross(tail, head);
    double gramScore = gram == null ? 0 : gram.length() >= 4 ? GRAM_OF_FOUR : GRAM_OF_THREE;
    boolean textual = gram != null;
    if (head.cannotStart) {
      textual = true;
      score += CANNOT_START;
    } else if (head.opensSentence) {
      score += OPENS_SENTENCE;
    }
    boolean fragment = false;
    if (!adjacent) {
      if (previous == null || !page.open(previous)) {
        score += PREVIOUS_CLOSED;
      } else {
        score -= PREVIOUS_CLOSED; // the piece printed before b is open too: b is most likely its continuation
      }
      if (head.fragment) {
        fragment = true;
        textual = true;
        score += FRAGMENT;
      } else if (head.heading) {
        score += TOPIC_SENTENCE;
      }
      if (a.run() != b.run() && blockPlaces != 0) {
        score += BLOCK_PLACES * blockPlaces;
      }
      if (a.run() == b.run() && b.index() < a.index()) {
        score += PRINTED_EARLIER;
      }
      if (a.lastInRun()) {
        score += DANGLING;
      }
      if (Math.abs(a.run() - b.run()) == 1 && b.run() != 0) {
        score += NEIGHBOUR_RUN;
      }
    }
    double threshold = adjacent ? NEAR : FAR;
    boolean wordPossible = tail.endsHan && head.startsHan && score + gramScore + WORD_ACROSS >= threshold;
    Optional<String> word = wordPossible ? lexicon.wordAcross(tail.text, head.text) : Optional.empty();
    if (word.isPresent()) {
      score += WORD_ACROSS;
      textual = true;
    }
    if (gram != null) {
      score += word.isPresent() ? gramScore : gramScore * UNCONFIRMED_GRAM_SHARE;
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
