package wjw.ingest;

/**
 * A text line handed to {@link LayoutRepair}: its 1-based number, its text (trimmed, markup removed), what separates
 * it from the previous one, whether it reads as a subtitle, and the photo caption printed right before it, if any.
 *
 * @param caption the caption right before the line (only blank lines between): whose photo, as the official's name
 *     and the province of that official's statement; null when none, or when the statement has no province
 */
record TextLine(int number, String text, Piece.Gap gap, Kind kind, Caption caption) {

  /** How a line may be read. */
  enum Kind {
    /** Running text. */
    TEXT,
    /** A short unpunctuated line right after a header (or among the lead): a subtitle unless the next line continues it. */
    SUBTITLE_CANDIDATE,
    /** A subtitle for certain: a markdown heading among the statements. */
    SUBTITLE
  }

  /** An official's photo caption: the name printed and the province of the official's statement. */
  record Caption(String name, String province) {}

  TextLine(int number, String text, Piece.Gap gap) {
    this(number, text, gap, Kind.TEXT, null);
  }
}
