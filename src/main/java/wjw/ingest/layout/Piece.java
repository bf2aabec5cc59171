package wjw.ingest.layout;

import java.util.List;
import wjw.ingest.text.Sentences;

/**
 * One piece of printed text as the extraction left it: a text line (or lines printed without a
 * blank between them), in page order, under the header of run {@code run} (run 0 is the lead).
 */
record Piece(int index, int run, List<Integer> lines, String text, TextLine.Gap gapBefore, boolean firstInRun,
    boolean lastInRun) {

  boolean open() {
    return Sentences.isOpen(text);
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
