package wjw.search;

import java.util.List;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.Paragraph;

/**
 * A paragraph for display: its text as printed, its source lines, {@code html} (the text
 * HTML-escaped with query matches in {@code <mark>}), why it stands under its statement, and its
 * {@code role}: {@link Paragraph#TEXT} or {@link Paragraph#SUBTITLE} (shown as the statement's subtitle).
 */
public record ParagraphView(String text, List<Integer> lines, String html, Attribution attribution, String role) {
  /** A text paragraph. */
  public ParagraphView(String text, List<Integer> lines, String html, Attribution attribution) {
    this(text, lines, html, attribution, Paragraph.TEXT);
  }
}
