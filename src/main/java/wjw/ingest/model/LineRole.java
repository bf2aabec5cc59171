package wjw.ingest.model;

/** What a non-blank source line turned out to be; every such line gets exactly one role. */
public enum LineRole {
  /** The article's headline (or a further heading before the first statement), article data. */
  HEADLINE,
  /** Lead paragraph text before the first statement, article data. */
  LEAD,
  /** Reporters' byline (本版由本报记者… 联合采写) or editors' credit (责任编辑：…), article data. */
  BYLINE,
  /** A speaker header, or one line of a header printed over two or three lines. */
  HEADER,
  /** A photo caption: a line holding only names of officials, or one of a block of names printed together. */
  CAPTION,
  /** A page label: 第03版:要闻. */
  PAGE_LABEL,
  /** A dateline or source: 《人民政协报》(2023年03月05日 第03版). */
  DATELINE,
  /** A section label: 阅读提示, 编者按. */
  SECTION_LABEL,
  /** Statement text (a subtitle included: its paragraph says so). */
  STATEMENT;

  /** Lines that are page furniture: nobody's statement, never joined into a paragraph. */
  public boolean furniture() {
    return this != STATEMENT && this != HEADER;
  }
}
