package wjw.ingest;

import java.util.List;

/**
 * One paragraph of a statement as printed, after rejoining lines the extraction split;
 * {@code lines} are the 1-based source line numbers it was assembled from, in reading order.
 */
public record Paragraph(String text, List<Integer> lines) {
  public Paragraph {
    lines = List.copyOf(lines);
  }
}
