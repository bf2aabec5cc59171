package wjw.ingest.layout;

/**
 * A text line handed to {@link LayoutRepair}: its 1-based number, its text (trimmed, markup removed), what separates
 * it from the previous one, whether it reads as a subtitle, and the photo caption printed right before it, if any.
 *
 * @param caption the caption right before the line (only blank lines between): whose photo, as the official's name
 *     and the province of that official's statement; null when none, or when the statement has no province
 */
public record TextLine(int number, String text, Gap gap, Kind kind, Caption caption) {

  /** What separates a line from the previous text line of its run. */
  public enum Gap {
    /** Nothing: the previous line is directly above (hard-wrapped text). */
    LINE,
    /** Blank lines only. */
    BLANK,
    /** A caption or byline stands between: a photo or a credit may be printed inside a sentence. */
    INTERRUPTED,
    /** A headline, page label, dateline or section label stands between: no sentence runs on across it. */
    SECTION
  }

  /** How a line may be read. */
  public enum Kind {
    /** Running text. */
    TEXT,
    /** A short unpunctuated line right after a header (or among the lead): a subtitle unless the next line continues it. */
    SUBTITLE_CANDIDATE,
    /** A subtitle for certain: a markdown heading among the statements. */
    SUBTITLE
  }

  /** An official's photo caption: the name printed and the province of the official's statement. */
  public record Caption(String name, String province) {}
}
