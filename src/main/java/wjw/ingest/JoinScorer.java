package wjw.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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

  /** Characters that cannot begin a sentence: particles, conjunctions, closing marks, clause punctuation. */
  private static final String CANNOT_START = "的地得之等了着过们及与和并而或且，、。；：,.;:！？!?）)”’」』】》";
  private static final Pattern SENTENCE_OPENING = Pattern.compile(
      "^(?:20\\d\\d年|一是|二是|三是|四是|五是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|首先|其次|我们|今年|新的一年)");

  private final Lexicon lexicon;
  /** Every 3- and 4-character string of the page, packed into longs and sorted for binary search. */
  private final long[] pageGrams;

  /** One decision's score and its evidence in words. */
  /**
   * @param textual the texts themselves suggest the join (a word across the break, a start that cannot
   *     begin a sentence, a fragment), as opposed to context alone (position, places)
   */
  record Join(Piece a, Piece b, double score, boolean adjacent, boolean textual, String evidence) {}

  JoinScorer(Lexicon lexicon, List<String> pageLines) {
    this.lexicon = lexicon;
    this.pageGrams = grams(pageLines);
  }

  /**
   * @param previous the piece printed before b in its run, or null when b follows a header
   * @param blockPlaces place evidence of the block b starts: +1 it names a's statement only, -1 it names
   *     another statement's places and none of a's, 0 neither
   */
  Join score(Piece a, Piece b, Piece previous, double blockPlaces, Supplier<String> placeWords) {
    List<String> why = new ArrayList<>();
    double score = 0;
    boolean adjacent = b.index() == a.index() + 1 && b.run() == a.run();
    if (adjacent) {
      boolean line = b.gapBefore() == Piece.Gap.LINE;
      score += line ? 6 : 3;
      why.add(line ? "the next line" : b.gapBefore() == Piece.Gap.INTERRUPTED ? "the next text after a caption" : "the next paragraph");
    }
    String tail = a.text();
    String head = b.text();
    // A dictionary word across the break is suggestive (many heads form some word with a one-character
    // tail); the same characters occurring elsewhere on the page is what makes it convincing. The
    // dictionary is consulted last, and only when it could still lift the join over the threshold.
    String gram = gramAcross(tail, head);
    double gramScore = gram == null ? 0 : gram.length() >= 4 ? 2.5 : 1.0;
    int wordAt = why.size();
    char first = head.charAt(0);
    boolean textual = gram != null;
    if (CANNOT_START.indexOf(first) >= 0) {
      textual = true;
      score += 2.5;
      why.add("it starts with " + first + ", which cannot begin a sentence");
    } else if (SENTENCE_OPENING.matcher(head).find()) {
      score -= 2;
    }
    if (!adjacent) {
      if (previous == null || !previous.open()) {
        score += 1;
      } else {
        score -= 1; // the piece printed before b is open too: b is most likely its continuation
      }
      if (isFragment(head)) {
        textual = true;
        score += 1;
        why.add("“" + firstSentence(head) + "” is too short to stand as a sentence");
      } else if (isHeading(head)) {
        score -= 2; // 统筹推动人口高质量发展。: the short topic sentence that opens a paragraph
      }
      if (a.run() != b.run() && blockPlaces != 0) {
        score += 2.5 * blockPlaces;
        if (blockPlaces > 0) {
          why.add("its block names " + placeWords.get());
        }
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
    boolean wordPossible = bothHan(tail, head) && score + gramScore + 2 >= threshold;
    Optional<String> word = wordPossible ? lexicon.wordAcross(tail, head) : Optional.empty();
    if (word.isPresent()) {
      score += 2;
      textual = true;
      why.add(wordAt, "the word " + word.get() + " forms across the break");
    }
    if (gram != null) {
      // three characters recur by chance more often; and where the dictionary puts a word boundary
      // exactly at the break (中医药|强), the recurring string is a collocation, not a split word
      score += word.isPresent() ? gramScore : gramScore / 2;
      why.add(wordAt + (word.isPresent() ? 1 : 0), gram + " forms across the break and occurs elsewhere on the page");
    }
    boolean enough = score >= threshold;
    return new Join(a, b, enough ? score : 0, adjacent, textual,
        "…" + tailOf(tail) + "|" + headOf(head) + "…: " + String.join("; ", why));
  }

  /** Up to 4 characters across the break (at least one from each side) that occur as such elsewhere on the page. */
  private String gramAcross(String tail, String head) {
    String best = null;
    for (int total = 4; total >= 3 && best == null; total--) {
      for (int left = 1; left < total; left++) {
        int right = total - left;
        if (left > tail.length() || right > head.length()) continue;
        String g = tail.substring(tail.length() - left) + head.substring(0, right);
        if (g.codePoints().allMatch(TextUtil::isHan) && Arrays.binarySearch(pageGrams, pack(g, 0, g.length())) >= 0) {
          best = g;
          break;
        }
      }
    }
    return best;
  }

  private static long[] grams(List<String> lines) {
    int total = 0;
    for (String line : lines) {
      total += Math.max(0, line.length() - 2) + Math.max(0, line.length() - 3);
    }
    long[] grams = new long[total];
    int k = 0;
    for (String line : lines) {
      for (int n = 3; n <= 4; n++) {
        for (int i = 0; i + n <= line.length(); i++) {
          grams[k++] = pack(line, i, i + n);
        }
      }
    }
    Arrays.sort(grams);
    return grams;
  }

  /** Three or four UTF-16 units in one long; a 3-gram's empty top unit is U+FFFF, which no text starts with. */
  private static long pack(String s, int from, int to) {
    long key = to - from == 3 ? 0xFFFFL : 0;
    for (int i = from; i < to; i++) {
      key = (key << 16) | s.charAt(i);
    }
    return key;
  }


  private static boolean bothHan(String tail, String head) {
    return TextUtil.isHan(tail.codePointBefore(tail.length())) && TextUtil.isHan(head.codePointAt(0));
  }

  /** A short topic sentence (7–20 characters, no comma, ending 。) such as paragraphs in this genre open with. */
  static boolean isHeading(String text) {
    String s = firstSentence(text);
    // a topic sentence is followed by the paragraph it heads; a lone short sentence is more likely a tail
    return s.length() >= 7 && s.length() <= 20 && s.length() < text.length() && s.endsWith("。")
        && s.indexOf('，') < 0 && s.indexOf(',') < 0;
  }

  /** A finished first sentence of at most 6 characters without a comma (养育负担。): the end of a sentence, not one. */
  static boolean isFragment(String text) {
    String s = firstSentence(text);
    return s.length() <= 6 && s.length() < text.length() + 1 && "。！？；!?;".indexOf(s.charAt(s.length() - 1)) >= 0
        && s.indexOf('，') < 0 && s.indexOf(',') < 0;
  }

  private static String firstSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("。！？；!?;".indexOf(text.charAt(i)) >= 0) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  private static String tailOf(String s) {
    return s.substring(Math.max(0, s.length() - 6));
  }

  private static String headOf(String s) {
    return s.substring(0, Math.min(6, s.length()));
  }
}
