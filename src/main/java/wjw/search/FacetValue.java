package wjw.search;

/** One value of a facet and the number of matching statements that have it. */
public record FacetValue(String value, long count) {}
