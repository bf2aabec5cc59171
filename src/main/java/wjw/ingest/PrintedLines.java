package wjw.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wjw.ingest.model.Paragraph;
import wjw.ingest.text.HanVariants;
import wjw.ingest.text.Markup;
import wjw.ingest.text.TextUtil;

/**
 * A page's lines as printed beside the same lines as the segmenter reads them. A page printed in traditional script
 * is read with its traditional and variant characters folded to simplified in place ({@link HanVariants#foldInPlace}),
 * so headers, places, bylines and word knowledge, all written in simplified characters, are recognised on it (衛生健康委
 * 黨組書記、主任) as on its simplified twin. What is found in the read lines is given back as printed: folding keeps every
 * position, so the printed text is the same stretch of the printed line. A simplified page is read as printed.
 */
final class PrintedLines {
  /**
   * A page is read folded when at least this share of its Han characters are variants. Traditional script has about
   * 40% (the two seeds rendered in traditional: 39.7% and 41.4%); simplified text only a stray character the table
   * also folds (the seeds: 0 and 0.04%, a 著 in 显著), and folding that would only mislead the simplified word
   * knowledge (显着 is no word).
   */
  static final double TRADITIONAL_SHARE = 0.05;

  private final String[] printed;
  private final String[] read;
  private final boolean same;

  /** @param printed the page's lines, trimmed */
  PrintedLines(String[] printed) {
    this.printed = printed;
    String[] folded = new String[printed.length];
    long han = 0;
    long variants = 0;
    for (int i = 0; i < printed.length; i++) {
      folded[i] = HanVariants.foldInPlace(printed[i]);
      for (int k = 0; k < printed[i].length(); ) {
        int cp = printed[i].codePointAt(k);
        han += TextUtil.isHan(cp) ? 1 : 0;
        variants += folded[i].codePointAt(k) != cp ? 1 : 0;
        k += Character.charCount(cp);
      }
    }
    this.same = variants == 0 || variants < TRADITIONAL_SHARE * han;
    this.read = same ? printed : folded;
  }

  /** The lines as the segmenter reads them; the caller must not change them. */
  String[] read() {
    return read;
  }

  /** Line {@code i} as printed. */
  String line(int i) {
    return printed[i];
  }

  /**
   * {@code paragraph} with its text as printed: a paragraph is its lines' text without markup ({@link Markup#text}),
   * joined in its order, so the printed lines give it back exactly.
   */
  Paragraph paragraph(Paragraph paragraph) {
    if (same) {
      return paragraph;
    }
    StringBuilder text = new StringBuilder(paragraph.text().length());
    for (int number : paragraph.lines()) {
      text.append(Markup.text(printed[number - 1]));
    }
    return new Paragraph(text.toString(), paragraph.lines(), paragraph.attribution(), paragraph.role());
  }

  /**
   * {@code text}, read from the lines {@code among} (0-based), as printed there: the same stretch of the first line
   * holding it; else, for text put together from several lines (a title over two lines, a name printed with spaces),
   * each character as the first of those lines prints it. Null stays null.
   */
  String printed(String text, List<Integer> among) {
    if (same || text == null) {
      return text;
    }
    for (int i : among) {
      int at = read[i].indexOf(text);
      if (at >= 0) {
        return printed[i].substring(at, at + text.length());
      }
    }
    Map<Integer, Integer> asPrinted = new HashMap<>();
    for (int i : among) {
      for (int k = 0; k < read[i].length(); ) {
        int cp = read[i].codePointAt(k);
        asPrinted.putIfAbsent(cp, printed[i].codePointAt(k));
        k += Character.charCount(cp);
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(asPrinted.getOrDefault(cp, cp)));
    return out.toString();
  }
}
