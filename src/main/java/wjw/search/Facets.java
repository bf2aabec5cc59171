package wjw.search;

import java.util.List;

/**
 * Counts over all matching statements (not just the page shown) for the three filter dimensions. Statements whose
 * header names no place (a deputy, a ministry official, a page without speakers) are counted in the province facet
 * under {@link #NO_PROVINCE}, last, and that value filters them.
 */
public record Facets(List<FacetValue> province, List<FacetValue> year, List<FacetValue> official) {
  /** The province facet's value (and filter) for statements without a province; no province is called so. */
  public static final String NO_PROVINCE = "未注明";
}
