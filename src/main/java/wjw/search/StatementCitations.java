package wjw.search;

import java.util.List;

/** The citations of one statement: the whole statement, and each paragraph in reading order. */
public record StatementCitations(Citation statement, List<Citation> paragraphs) {
  public StatementCitations {
    paragraphs = List.copyOf(paragraphs);
  }
}
