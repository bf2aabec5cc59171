package wjw.ingest;

/** What a non-blank source line turned out to be; every such line gets exactly one role. */
public enum LineRole {
  /** The article's headline (or a further markdown heading), article data. */
  HEADLINE,
  /** Lead paragraph text before the first statement, article data. */
  LEAD,
  /** Reporters' byline (本版由本报记者… 联合采写), article data. */
  BYLINE,
  /** A statement header {@code <region>卫生健康委<title> <name>}. */
  HEADER,
  /** A photo caption: a line holding only an official's name. */
  CAPTION,
  /** Statement text. */
  STATEMENT
}
