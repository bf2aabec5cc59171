package wjw.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema, defined once: one Lucene document per statement. Each constant says why the
 * field is indexed, stored or has doc values. A field that is a dimension's ({@link Dimensions}) also carries what
 * that dimension's encoding adds for filtering and counting: an exact term, doc values, points.
 */
public final class Fields {
  private Fields() {}

  /** Statement id: exact lookup (/api/statements/{id}), stored for display, doc values to break ties. */
  public static final String ID = "id";

  /** Article id: stored to link a hit to its page. */
  public static final String ARTICLE_ID = "article_id";

  /** Article headline: stored for display, literal-searchable with {@code headline:}. */
  public static final String HEADLINE = "headline";

  /** Year the page looks ahead to: point query for {@code year:}, doc values for facet and sort, stored. */
  public static final String YEAR = "year";

  /** Canonical province (北京市): exact filter and facet (doc values), stored for display. */
  public static final String PROVINCE = "province";

  /** Organization as printed (北京市卫生健康委): stored, literal-searchable with {@code organization:}. */
  public static final String ORGANIZATION = "organization";

  /** Official name, one value per official: exact filter and facet (doc values). */
  public static final String OFFICIAL = "official";

  /** Officials' titles as printed: literal-searchable with {@code title:}. */
  public static final String TITLE = "title";

  /** Officials [{name,title}] as JSON: stored only, because display needs the pairs in printed order. */
  public static final String OFFICIALS_JSON = "officials_json";

  /** Paragraphs [{text,lines}] as JSON: stored only, for the whole-statement view with source lines. */
  public static final String PARAGRAPHS_JSON = "paragraphs_json";

  /**
   * Statement text, literal analysis (bigrams + unigrams): stored for display and highlighting, and
   * indexed with offsets so the highlighter reads match positions from the postings instead of
   * re-analysing. Searchable on its own with {@code text:}.
   */
  public static final String TEXT = "text";

  /** Statement text, smartcn words: not stored, used only to rank whole-word matches higher. */
  public static final String TEXT_WORDS = "text_words";

  /**
   * What an unqualified query searches, literal analysis: text, officials' names and titles,
   * province and organization, as separate values so no phrase spans two of them.
   */
  public static final String ANY = "any";

  /**
   * Tie-break and browse order in one number (doc values only): newer year first, then page (the
   * article files' sorted order), then reading order on the page. One numeric comparison per tie
   * instead of a year and a string comparison; see {@link #rank}.
   */
  public static final String RANK = "rank";

  /** {@link #RANK}'s value: lower sorts first. Pages beyond 2^28 or statements beyond 2^16 share a slot. */
  public static long rank(Integer year, int page, int ordinal) {
    long newer = 9999 - (year == null ? 0 : Math.max(0, Math.min(9999, year)));
    return newer << 44 | (long) Math.min(page, (1 << 28) - 1) << 16 | Math.min(ordinal, 0xFFFF);
  }

  /** Field type of {@link #TEXT}: stored, tokenized, positions and offsets in the postings. */
  public static final FieldType TEXT_TYPE = textType(true, true);

  /** Field type of the searchable-only literal and word fields. */
  public static final FieldType SEARCH_ONLY_TYPE = textType(false, false);

  /** Field type of searchable and stored short text (headline, organization, titles). */
  public static final FieldType STORED_SEARCH_TYPE = textType(true, false);

  private static FieldType textType(boolean stored, boolean offsets) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(offsets
        ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
        : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }
}
