package wjw.opensearch;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import wjw.index.Dimension;
import wjw.index.Dimensions;

/**
 * The cluster's encoding of a {@link Dimension} of the registry, the counterpart of
 * {@link wjw.index.DimensionFields}: a whole number is an {@code integer} field; a keyword keeps its exact values in
 * the keyword sub-field {@value #EXACT} of its field, which is text — one scored term per value
 * ({@link StatementIndex#VALUE_ANALYZER}), or literal text for a dimension that {@link Dimension#alsoText() shares
 * its field with text} (organisation, title). {@link StatementIndex} declares the fields, filters and
 * {@link FacetAggregations} read them; nothing else names a dimension's field in the cluster.
 */
final class ClusterDimensions {
  /** The keyword sub-field of a text field that is also a dimension. */
  static final String EXACT = "exact";

  private ClusterDimensions() {}

  /** The field holding {@code d}'s exact values, filtered and counted. */
  static String exactField(Dimension d) {
    return d.kind() == Dimension.Kind.KEYWORD ? d.field() + "." + EXACT : d.field();
  }

  /** The field holding exact values of the dimension whose field is {@code field}; {@code field} for any other. */
  static String exactField(String field) {
    return Dimensions.ALL.stream().filter(d -> d.field().equals(field)).findFirst().map(ClusterDimensions::exactField)
        .orElse(field);
  }

  /** The year field, which trends count along. */
  static String timeField() {
    return exactField(Dimensions.TIME);
  }

  /**
   * The statements whose value (any of their values) is {@code value}, or, for the {@link Dimension#missing()} value,
   * those without one; as {@link wjw.index.DimensionFields#filter} selects them. {@code value} has no
   * {@link Dimension#problem} (the request was checked when made).
   */
  static Query filter(Dimension d, String value) {
    String v = d.canonical(value);
    String field = exactField(d);
    if (d.isMissing(v)) {
      return Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(field)))));
    }
    FieldValue exact = d.kind() == Dimension.Kind.INTEGER ? FieldValue.of(Long.parseLong(v)) : FieldValue.of(v);
    return Query.of(q -> q.term(t -> t.field(field).value(exact)));
  }
}
