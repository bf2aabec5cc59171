package wjw.relevance;

/**
 * Names one paragraph of one statement in judgments: {@code <statement id>#<index>}, the index
 * counting the statement's paragraphs from 0 in reading order.
 */
public record ParagraphId(String statementId, int index) {
  public static final char SEPARATOR = '#';

  public ParagraphId {
    if (index < 0) {
      throw new IllegalArgumentException("paragraph index must be ≥ 0, got " + index);
    }
  }

  public static ParagraphId parse(String id) {
    int at = id.lastIndexOf(SEPARATOR);
    if (at <= 0) {
      throw new IllegalArgumentException("\"" + id + "\" is not a paragraph id (statement-id#index)");
    }
    try {
      return new ParagraphId(id.substring(0, at), Integer.parseInt(id.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + id + "\" is not a paragraph id (statement-id#index)", e);
    }
  }

  /** The statement id of a paragraph id string, for rolling paragraph judgments up to statements. */
  public static String statementOf(String id) {
    return parse(id).statementId();
  }

  @Override
  public String toString() {
    return statementId + SEPARATOR + index;
  }
}
