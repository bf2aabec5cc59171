package wjw.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import wjw.ingest.model.Article;
import wjw.ingest.model.Official;
import wjw.ingest.model.Statement;

/**
 * Turns one statement of an article into its Lucene document, following {@link Fields}: the dimensions' values as
 * {@link DimensionFields} encodes them for filtering and counting, and here what is searched as text, what a hit
 * shows (stored) and the rank. A dimension that {@link Dimension#alsoText() shares its field with text} gets its
 * text here under the same condition as its values (organization: when printed; title: when not empty).
 * {@link StatementWriter} writes it.
 */
final class StatementDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StatementDocument() {}

  /**
   * @param page the article's position among the indexed files (sorted by name)
   * @param ordinal the statement's position on its page
   */
  static Document of(Statement statement, Article article, int page, int ordinal) {
    Document doc = new Document();
    doc.add(new KeywordField(Fields.ID, statement.id(), Field.Store.YES));
    doc.add(new StoredField(Fields.ARTICLE_ID, article.id()));
    doc.add(new NumericDocValuesField(Fields.RANK, Fields.rank(statement.year(), page, ordinal)));
    if (article.headline() != null) {
      doc.add(new Field(Fields.HEADLINE, article.headline(), Fields.STORED_SEARCH_TYPE));
    }
    for (Dimension dimension : Dimensions.ALL) {
      DimensionFields.index(dimension, statement, doc);
    }
    if (statement.year() != null) {
      doc.add(new StoredField(Fields.YEAR, statement.year()));
    }
    if (statement.province() != null) {
      doc.add(new StoredField(Fields.PROVINCE, statement.province()));
      doc.add(new Field(Fields.ANY, statement.province(), Fields.SEARCH_ONLY_TYPE));
    }
    if (statement.organization() != null) {
      doc.add(new Field(Fields.ORGANIZATION, statement.organization(), Fields.STORED_SEARCH_TYPE));
      doc.add(new Field(Fields.ANY, statement.organization(), Fields.SEARCH_ONLY_TYPE));
    }
    for (Official official : statement.officials()) {
      doc.add(new Field(Fields.ANY, official.name(), Fields.SEARCH_ONLY_TYPE));
      if (official.title() != null && !official.title().isEmpty()) {
        doc.add(new Field(Fields.TITLE, official.title(), Fields.SEARCH_ONLY_TYPE));
        doc.add(new Field(Fields.ANY, official.title(), Fields.SEARCH_ONLY_TYPE));
      }
    }
    doc.add(new StoredField(Fields.OFFICIALS_JSON, json(statement.officials())));
    doc.add(new StoredField(Fields.PARAGRAPHS_JSON, json(statement.paragraphs())));
    String text = statement.text();
    doc.add(new Field(Fields.TEXT, text, Fields.TEXT_TYPE));
    doc.add(new Field(Fields.TEXT_WORDS, text, Fields.SEARCH_ONLY_TYPE));
    doc.add(new Field(Fields.ANY, text, Fields.SEARCH_ONLY_TYPE));
    return doc;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of plain strings and numbers always serialise", e);
    }
  }
}
