package wjw.opensearch;

import java.util.List;
import wjw.index.Fields;
import wjw.search.Facets;

/**
 * One facet as the cluster counts it: the field, the order its values are listed in (most frequent
 * first, or newest year first), and how many are shown ({@link #ALL_VALUES}, or the most frequent few).
 * {@link #DIMENSIONS} is the list {@link FacetAggregations} builds its aggregations from.
 */
record FacetDimension(String name, String field, boolean byKeyDescending, int shown) {
  /** Every value is listed. */
  static final int ALL_VALUES = 0;

  static final List<FacetDimension> DIMENSIONS = List.of(
      new FacetDimension("province", Fields.PROVINCE, false, ALL_VALUES),
      new FacetDimension("year", Fields.YEAR, true, ALL_VALUES),
      new FacetDimension("official", Fields.OFFICIAL, false, Facets.MAX_OFFICIALS));

  /** The fields of the dimensions: a reindex records how many distinct values each holds. */
  static final List<String> FIELDS = DIMENSIONS.stream().map(FacetDimension::field).toList();
}
