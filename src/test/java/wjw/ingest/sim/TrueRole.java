package wjw.ingest.sim;

/** What one printed line of a simulated page really is. */
public enum TrueRole { HEADLINE, LEAD, BYLINE, HEADER, CAPTION, TEXT, BLANK }
