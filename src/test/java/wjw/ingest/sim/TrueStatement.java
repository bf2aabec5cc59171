package wjw.ingest.sim;

import java.util.List;
import wjw.ingest.model.Official;

/**
 * One statement as it really is: {@code region} as printed (北京市), {@code word} the organization word as printed
 * (卫生健康委), its officials in header order and its paragraphs in reading order.
 */
public record TrueStatement(String region, String word, List<Official> officials, List<TrueParagraph> paragraphs) {
  public TrueStatement {
    officials = List.copyOf(officials);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The officials' names in header order: what tells two statements of a page apart. */
  public List<String> names() {
    return officials.stream().map(Official::name).toList();
  }

  /** The paragraph texts in reading order. */
  public List<String> texts() {
    return paragraphs.stream().map(TrueParagraph::text).toList();
  }
}
