package wjw.ingest;

/**
 * A text line handed to {@link LayoutRepair}: its 1-based number, its text (trimmed, markup removed), what separates
 * it from the previous one, and whether it reads as a subtitle.
 */
record TextLine(int number, String text, Piece.Gap gap, Kind kind) {

  /** How a line may be read. */
  enum Kind {
    /** Running text. */
    TEXT,
    /** A short unpunctuated line right after a header (or among the lead): a subtitle unless the next line continues it. */
    SUBTITLE_CANDIDATE,
    /** A subtitle for certain: a markdown heading among the statements. */
    SUBTITLE
  }

  TextLine(int number, String text, Piece.Gap gap) {
    this(number, text, gap, Kind.TEXT);
  }
}
