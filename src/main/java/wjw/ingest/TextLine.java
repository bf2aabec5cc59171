package wjw.ingest;

/** A text line handed to {@link LayoutRepair}: its 1-based number, trimmed text and what separates it from the previous one. */
record TextLine(int number, String text, Piece.Gap gap) {}
