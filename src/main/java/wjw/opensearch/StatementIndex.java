package wjw.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import wjw.analysis.LiteralAnalyzer;
import wjw.analysis.WordAnalyzer;
import wjw.index.Dimension;
import wjw.index.Dimensions;
import wjw.index.Fields;
import wjw.ingest.text.HanVariants;

/**
 * The statement index's settings and mapping in OpenSearch: one document per statement, the fields of
 * {@link Fields} and nothing else ({@code dynamic: strict}), each analysed as {@link wjw.index.IndexAnalyzers}
 * analyses it in the embedded index.
 *
 * <p>The literal analysis is declared from the same Lucene parts as {@link LiteralAnalyzer} (standard
 * tokenizer, cjk_width, lowercase, cjk_bigram over Han, Hiragana, Katakana and Hangul with unigrams);
 * the word analysis is the analysis-smartcn plugin's tokenizer with SmartChineseAnalyzer's own filters
 * (Porter stemming, its default stop set), as {@link WordAnalyzer} is. Both read traditional characters
 * as simplified through a {@code mapping} char filter holding {@link HanVariants}' table — the same
 * Lucene MappingCharFilter the embedded analyzers use, so no ICU plugin is needed. Positions between the
 * values of a multi-valued field are the embedded analyzers' own gaps.
 *
 * <p>What the embedded index stores, OpenSearch keeps in {@code _source}. {@link Fields#TEXT_WORDS} and
 * {@link Fields#ANY} are filled by {@code copy_to}, so a document sends each value once; the values of
 * {@code any} then follow the source's field order rather than StatementDocument's, which changes only
 * positions across the gap, where no phrase matches anyway. {@link Fields#OFFICIALS_JSON} and
 * {@link Fields#PARAGRAPHS_JSON} hold the JSON arrays themselves, unparsed ({@code enabled: false}). A dimension
 * of the registry that is a keyword has its exact values in a keyword sub-field ({@link ClusterDimensions}); its
 * field itself is text, as one scored term ({@link #VALUE_ANALYZER}), or literal text (organisation, title).
 */
public final class StatementIndex {

  /** The literal analysis (bigrams + unigrams). */
  public static final String LITERAL_ANALYZER = "wjw_literal";

  /** The word analysis (smartcn). */
  public static final String WORD_ANALYZER = "wjw_words";

  static final String BIGRAM_FILTER = "wjw_cjk_bigram";

  /**
   * Reads a phrase's analysed terms back as they are ({@link QueryTranslator}): split at spaces, and each
   * {@link #PHRASE_GAP} dropped with its position kept, so the terms stand where the phrase puts them.
   */
  public static final String PHRASE_TERMS_ANALYZER = "wjw_phrase_terms";

  /**
   * A dimension's value as one term, unchanged, as the embedded index's {@code KeywordField} indexes it: the field is
   * {@code text} with this analyzer (no norms, documents only) rather than {@code keyword}, because OpenSearch scores
   * a {@code term} query on a keyword field as a constant 1, where the embedded index scores {@code official:钟东波}
   * typed in a query like any term. Its exact values for filters and counts are in the sub-field
   * {@value ClusterDimensions#EXACT}.
   */
  public static final String VALUE_ANALYZER = "wjw_value";

  /** A position in a phrase without a term: NUL, which no analysis of ours ever emits as a term. */
  static final String PHRASE_GAP = "\u0000";

  static final String GAP_FILTER = "wjw_phrase_gap";

  static final String VARIANT_FILTER = "wjw_han_variants";

  private static final ObjectMapper JSON = new ObjectMapper();

  private StatementIndex() {}

  /** The body of the create-index request: settings with the analysis, and the mapping. */
  public static ObjectNode body(int shards, int replicas) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode settings = body.putObject("settings");
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    settings.set("analysis", analysis());
    body.set("mappings", mappings());
    return body;
  }

  /** Creates index {@code name}; an existing index of that name is an error, never overwritten. */
  public static void create(ClusterConnection connection, String name, int shards, int replicas) throws IOException {
    create(connection, name, body(shards, replicas));
  }

  /** Creates index {@code name} with {@code body} (settings and mappings), sent as it is. */
  static void create(ClusterConnection connection, String name, ObjectNode created) throws IOException {
    String body = JSON.writeValueAsString(created);
    try (Response response = connection.client().generic().execute(
        Requests.builder().method("PUT").endpoint("/" + name).json(body).build())) {
      if (response.getStatus() >= 300) {
        String answer = response.getBody().map(b -> b.bodyAsString()).orElse("");
        throw new IOException("creating OpenSearch index " + name + " failed with HTTP " + response.getStatus()
            + ": " + answer);
      }
    }
  }

  static ObjectNode analysis() {
    ObjectNode analysis = JSON.createObjectNode();
    ObjectNode filters = analysis.putObject("filter");
    ObjectNode bigrams = filters.putObject(BIGRAM_FILTER);
    bigrams.put("type", "cjk_bigram");
    bigrams.putArray("ignored_scripts"); // none ignored: Han, Hiragana, Katakana and Hangul, as LiteralAnalyzer
    bigrams.put("output_unigrams", true);
    ObjectNode gaps = filters.putObject(GAP_FILTER); // a stop filter keeps the position of what it removes
    gaps.put("type", "stop");
    gaps.putArray("stopwords").add(PHRASE_GAP);
    // VariantFolding's char filter: Lucene's MappingCharFilter with the same table, as OpenSearch's mapping filter.
    ObjectNode variants = analysis.putObject("char_filter").putObject(VARIANT_FILTER);
    variants.put("type", "mapping");
    var mappings = variants.putArray("mappings");
    HanVariants.mappings().forEach((from, to) -> mappings.add(from + "=>" + to));
    ObjectNode analyzers = analysis.putObject("analyzer");
    ObjectNode literal = analyzers.putObject(LITERAL_ANALYZER);
    literal.put("type", "custom");
    literal.putArray("char_filter").add(VARIANT_FILTER);
    literal.put("tokenizer", "standard");
    literal.putArray("filter").add("cjk_width").add("lowercase").add(BIGRAM_FILTER);
    literal.put("position_increment_gap", LiteralAnalyzer.VALUE_GAP);
    // SmartChineseAnalyzer's own chain (HMM tokenizer, Porter stemming, its default stop set), after the fold.
    ObjectNode words = analyzers.putObject(WORD_ANALYZER);
    words.put("type", "custom");
    words.putArray("char_filter").add(VARIANT_FILTER);
    words.put("tokenizer", "smartcn_tokenizer");
    words.putArray("filter").add("porter_stem").add("smartcn_stop");
    ObjectNode value = analyzers.putObject(VALUE_ANALYZER);
    value.put("type", "custom");
    value.put("tokenizer", "keyword");
    ObjectNode phraseTerms = analyzers.putObject(PHRASE_TERMS_ANALYZER);
    phraseTerms.put("type", "custom");
    phraseTerms.put("tokenizer", "whitespace");
    phraseTerms.putArray("filter").add(GAP_FILTER);
    return analysis;
  }

  static ObjectNode mappings() {
    Analyzer literal = new LiteralAnalyzer();
    Analyzer words = WordAnalyzer.create();
    ObjectNode mappings = JSON.createObjectNode();
    mappings.put("dynamic", "strict");
    ObjectNode p = mappings.putObject("properties");
    keyword(p, Fields.ID); // exact lookup; doc values break ties
    p.putObject(Fields.ARTICLE_ID).put("type", "keyword").put("index", false).put("doc_values", false);
    text(p, Fields.HEADLINE, LITERAL_ANALYZER, literal);
    p.putObject(Fields.YEAR).put("type", "integer"); // points for year:, doc values for facet and sort
    value(p, Fields.PROVINCE).putArray("copy_to").add(Fields.ANY);
    text(p, Fields.ORGANIZATION, LITERAL_ANALYZER, literal).putArray("copy_to").add(Fields.ANY);
    value(p, Fields.OFFICIAL).putArray("copy_to").add(Fields.ANY);
    text(p, Fields.TITLE, LITERAL_ANALYZER, literal).putArray("copy_to").add(Fields.ANY);
    p.putObject(Fields.OFFICIALS_JSON).put("type", "object").put("enabled", false);
    p.putObject(Fields.PARAGRAPHS_JSON).put("type", "object").put("enabled", false);
    text(p, Fields.TEXT, LITERAL_ANALYZER, literal)
        .put("index_options", "offsets") // the unified highlighter reads offsets from the postings
        .putArray("copy_to").add(Fields.TEXT_WORDS).add(Fields.ANY);
    text(p, Fields.TEXT_WORDS, WORD_ANALYZER, words);
    text(p, Fields.ANY, LITERAL_ANALYZER, literal);
    p.putObject(Fields.RANK).put("type", "long").put("index", false); // doc values only: sort order
    for (Dimension d : Dimensions.ALL) {
      if (d.kind() == Dimension.Kind.KEYWORD) { // the exact values beside the text, filtered and counted
        ((ObjectNode) p.get(d.field())).putObject("fields").putObject(ClusterDimensions.EXACT).put("type", "keyword");
      }
    }
    return mappings;
  }

  private static ObjectNode keyword(ObjectNode properties, String field) {
    return properties.putObject(field).put("type", "keyword");
  }

  /** A dimension's value as one scored term ({@link #VALUE_ANALYZER}), as a {@code KeywordField} indexes it. */
  private static ObjectNode value(ObjectNode properties, String field) {
    return properties.putObject(field)
        .put("type", "text")
        .put("analyzer", VALUE_ANALYZER)
        .put("norms", false)
        .put("index_options", "docs");
  }

  /** A text field analysed like the embedded field, with the embedded analyzer's gap between values. */
  private static ObjectNode text(ObjectNode properties, String field, String analyzerName, Analyzer embedded) {
    return properties.putObject(field)
        .put("type", "text")
        .put("analyzer", analyzerName)
        .put("position_increment_gap", embedded.getPositionIncrementGap(field));
  }
}
