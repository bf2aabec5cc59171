package wjw.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import wjw.ingest.model.Statement;

/**
 * The embedded index's encoding of a {@link Dimension}, written and read in one place so the two agree: a keyword is
 * an exact term with sorted-set doc values ({@link KeywordField}); a whole number has points and sorted-numeric doc
 * values ({@link IntField}); a keyword that {@link Dimension#alsoText() shares its field with text} has sorted-set doc
 * values only, beside the text field {@link StatementDocument} writes under the same condition (a field's schema is
 * one per index). The facet collector counts from these doc values. Nothing here is stored: what a hit shows is
 * stored by {@link StatementDocument}.
 */
public final class DimensionFields {
  private DimensionFields() {}

  /** Adds the statement's values of {@code d} to its document. */
  static void index(Dimension d, Statement statement, Document doc) {
    for (String value : d.values(statement)) {
      if (d.alsoText()) {
        doc.add(new SortedSetDocValuesField(d.field(), new BytesRef(value)));
      } else if (d.kind() == Dimension.Kind.INTEGER) {
        doc.add(new IntField(d.field(), Integer.parseInt(value), Field.Store.NO));
      } else {
        doc.add(new KeywordField(d.field(), value, Field.Store.NO));
      }
    }
  }

  /**
   * The statements whose value (any of their values) is {@code value}, or, for the {@link Dimension#missing()} value,
   * those without one; {@code value} must have no {@link Dimension#problem}. A keyword scores like a typed term, so
   * {@code official:钟东波} in a query weighs as before; the others score constantly. A doc-values filter reads the
   * values of the candidates: it suits a filter beside a query (or a browse of a few hundred thousand statements).
   */
  public static Query filter(Dimension d, String value) {
    String v = d.canonical(value);
    if (d.isMissing(v)) {
      return new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
          .add(new FieldExistsQuery(d.field()), BooleanClause.Occur.MUST_NOT)
          .build();
    }
    if (d.alsoText()) {
      return SortedSetDocValuesField.newSlowExactQuery(d.field(), new BytesRef(v));
    }
    return d.kind() == Dimension.Kind.INTEGER ? IntField.newExactQuery(d.field(), Integer.parseInt(v))
        : new TermQuery(new Term(d.field(), v));
  }

  /**
   * What keeps {@code reader}'s index from being counted by the registry, or null when nothing does: a dimension's
   * field without the doc values its encoding gives (an index built before the dimension was added; counting it
   * would fail on every search). A field no statement has is no problem.
   */
  public static String schemaProblem(IndexReader reader) {
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    for (Dimension d : Dimensions.ALL) {
      FieldInfo field = fields.fieldInfo(d.field());
      DocValuesType expected = d.kind() == Dimension.Kind.INTEGER && !d.alsoText() ? DocValuesType.SORTED_NUMERIC
          : DocValuesType.SORTED_SET;
      if (field != null && field.getDocValuesType() != expected) {
        return "field " + d.field() + " has no " + expected + " doc values to count the " + d.name()
            + " dimension from (an index built by an earlier version)";
      }
    }
    return null;
  }

  /** Whole numbers from {@code low} to {@code high}, both included; only for a {@link Dimension.Kind#INTEGER}. */
  public static Query range(Dimension d, int low, int high) {
    if (d.kind() != Dimension.Kind.INTEGER) {
      throw new IllegalArgumentException(d.name() + " has no ranges");
    }
    return IntField.newRangeQuery(d.field(), low, high);
  }
}
