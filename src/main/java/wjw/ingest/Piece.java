package wjw.ingest;

import java.util.List;

/**
 * One piece of printed text as the extraction left it: a text line (or lines printed without a
 * blank between them), in page order, under the header of run {@code run} (run 0 is the lead).
 */
record Piece(int index, int run, List<Integer> lines, String text, Gap gapBefore, boolean firstInRun,
    boolean lastInRun) {

  /** What separates a piece from the previous text piece of its run. */
  enum Gap {
    /** Nothing: the previous line is directly above (hard-wrapped text). */
    LINE,
    /** Blank lines only. */
    BLANK,
    /** A caption or byline stands between: a photo or a credit may be printed inside a sentence. */
    INTERRUPTED,
    /** A headline, page label, dateline or section label stands between: no sentence runs on across it. */
    SECTION
  }

  boolean open() {
    return ParagraphJoiner.isOpen(text);
  }

  /** The first line number, for messages. */
  int line() {
    return lines.get(0);
  }

  /** "line 54" or "lines 54–56". */
  String where() {
    return lines.size() == 1 ? "line " + lines.get(0) : "lines " + lines.get(0) + "–" + lines.get(lines.size() - 1);
  }
}
