package wjw.ingest.sim;

/** What one printed line of a simulated page really is. */
public enum TrueRole {
  HEADLINE, LEAD, BYLINE, HEADER, CAPTION, TEXT,
  /** A statement's subtitle: its text, printed on a line of its own under the header. */
  SUBTITLE,
  BLANK;

  /** Lines whose characters are statement text and must end up under their officials. */
  public boolean statementText() {
    return this == TEXT || this == SUBTITLE;
  }
}
