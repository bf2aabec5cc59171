package wjw.ingest.sim;

/**
 * The truth about one printed line (1-based {@code number}, {@code printed} as written, trailing spaces included):
 * its role; for headers, captions and text the index of its true statement in {@link TruePage#statements()} (-1
 * otherwise); for text and lead lines the index of its true paragraph and the range [from, to) of that paragraph's
 * text the line carries.
 */
public record LineTruth(int number, String printed, TrueRole role, int statement, int paragraph, int from, int to) {

  /** How many true characters the line carries. */
  public int length() {
    return to - from;
  }
}
