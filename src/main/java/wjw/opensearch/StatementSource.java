package wjw.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wjw.index.Fields;
import wjw.ingest.model.Article;
import wjw.ingest.model.Official;
import wjw.ingest.model.Statement;

/**
 * Turns one statement of an article into its OpenSearch document ({@code _source}), the counterpart
 * of {@code wjw.index.StatementDocument}: the same values, each sent once ({@link StatementIndex}'s
 * {@code copy_to} fills {@link Fields#TEXT_WORDS} and {@link Fields#ANY}).
 */
public final class StatementSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StatementSource() {}

  /**
   * @param page the article's position among the indexed files (sorted by name)
   * @param ordinal the statement's position on its page
   */
  public static Map<String, Object> of(Statement statement, Article article, int page, int ordinal) {
    Map<String, Object> source = new LinkedHashMap<>(); // field order is the order of the values in any
    source.put(Fields.ID, statement.id());
    source.put(Fields.ARTICLE_ID, article.id());
    source.put(Fields.RANK, Fields.rank(statement.year(), page, ordinal));
    putIfPresent(source, Fields.HEADLINE, article.headline());
    putIfPresent(source, Fields.YEAR, statement.year());
    putIfPresent(source, Fields.PROVINCE, statement.province());
    putIfPresent(source, Fields.ORGANIZATION, statement.organization());
    source.put(Fields.OFFICIAL, statement.officials().stream().map(Official::name).toList());
    List<String> titles = statement.officials().stream().map(Official::title)
        .filter(title -> title != null && !title.isEmpty()).toList();
    source.put(Fields.TITLE, titles);
    // The same JSON the embedded index stores as a string, here as the JSON itself.
    source.put(Fields.OFFICIALS_JSON, JSON.valueToTree(statement.officials()));
    source.put(Fields.PARAGRAPHS_JSON, JSON.valueToTree(statement.paragraphs()));
    source.put(Fields.TEXT, statement.text());
    return source;
  }

  private static void putIfPresent(Map<String, Object> source, String field, Object value) {
    if (value != null) {
      source.put(field, value);
    }
  }
}
