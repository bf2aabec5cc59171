package wjw.ingest;

import java.util.List;

/**
 * One paragraph of a statement as printed, after rejoining pieces the extraction split;
 * {@code lines} are the 1-based source line numbers it was assembled from, in reading order, and
 * {@code attribution} says why it belongs to its statement.
 */
public record Paragraph(String text, List<Integer> lines, Attribution attribution) {
  public Paragraph {
    lines = List.copyOf(lines);
    if (attribution == null) {
      attribution = Attribution.positional();
    }
  }

  /** A paragraph attributed by position alone. */
  public Paragraph(String text, List<Integer> lines) {
    this(text, lines, Attribution.positional());
  }
}
