package wjw.ingest.model;

/**
 * Why a paragraph stands under its statement, so a reader can judge the attribution before quoting it.
 *
 * @param rule {@link #POSITIONAL} (printed under the statement's header), {@link #CONTINUATION}
 *     (finishes an open sentence of the statement), {@link #PLACE} (names the statement's places),
 *     {@link #BLOCK} (travels with a block shown to belong to the statement), or {@link #CORRECTION}
 *     (a curator's correction)
 * @param evidence what the decision rests on, in words (line numbers, the word formed, the place named)
 * @param confidence {@link #HIGH}, {@link #MEDIUM} or {@link #UNCERTAIN}
 */
public record Attribution(String rule, String evidence, String confidence) {
  public static final String POSITIONAL = "positional";
  public static final String CONTINUATION = "continuation";
  public static final String PLACE = "place";
  public static final String BLOCK = "block";
  public static final String CORRECTION = "correction";

  public static final String HIGH = "high";
  public static final String MEDIUM = "medium";
  public static final String UNCERTAIN = "uncertain";

  /** Printed under the statement's header with nothing pointing elsewhere. */
  public static Attribution positional() {
    return new Attribution(POSITIONAL, "printed under the statement's header", HIGH);
  }

  /** True when a reader should check this paragraph before quoting it. */
  public boolean uncertain() {
    return UNCERTAIN.equals(confidence);
  }
}
