package wjw.ingest.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one speaker, or the officials of one organisation under headers printed together, says on one page.
 * {@code organization} is as printed; {@code province} comes from place evidence only (the commission's region, the
 * one province an institution's name places it in) and is null when the header names none (全国政协, 国家疾控局).
 * Both are null for the single anonymous statement of an article that has no speakers.
 */
public record Statement(
    String id,
    String articleId,
    Integer year,
    String province,
    String organization,
    List<Official> officials,
    List<Paragraph> paragraphs) {

  /** Paragraph separator in {@link #text()}: a line break, so no match is made across paragraphs. */
  public static final String PARAGRAPH_SEPARATOR = "\n";

  public Statement {
    officials = List.copyOf(officials);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The whole statement text: its paragraphs in reading order, one per line. */
  @JsonProperty("text")
  public String text() {
    return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining(PARAGRAPH_SEPARATOR));
  }
}
