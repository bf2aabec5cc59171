package wjw.ingest.model;

import java.util.List;

/**
 * One paragraph of a statement as printed, after rejoining pieces the extraction split;
 * {@code lines} are the 1-based source line numbers it was assembled from, in reading order,
 * {@code attribution} says why it belongs to its statement, and {@code role} whether it is running
 * text ({@link #TEXT}) or the statement's subtitle ({@link #SUBTITLE}, a short line printed under the header).
 */
public record Paragraph(String text, List<Integer> lines, Attribution attribution, String role) {
  public static final String TEXT = "text";
  public static final String SUBTITLE = "subtitle";

  public Paragraph {
    lines = List.copyOf(lines);
    if (attribution == null) {
      attribution = Attribution.positional();
    }
    if (role == null) {
      role = TEXT; // paragraphs stored before roles existed are text
    }
  }

  /** A text paragraph with its attribution. */
  public Paragraph(String text, List<Integer> lines, Attribution attribution) {
    this(text, lines, attribution, TEXT);
  }

  /** A paragraph attributed by position alone. */
  public Paragraph(String text, List<Integer> lines) {
    this(text, lines, Attribution.positional(), TEXT);
  }

  /** True for a statement's subtitle. */
  public boolean subtitle() {
    return SUBTITLE.equals(role);
  }
}
