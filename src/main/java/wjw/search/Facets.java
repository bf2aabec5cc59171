package wjw.search;

import java.util.List;

/** Counts over all matching statements (not just the page shown) for the three filter dimensions. */
public record Facets(List<FacetValue> province, List<FacetValue> year, List<FacetValue> official) {}
