package wjw.search;

import java.util.List;

/** A page of ranked hits with the exact total and the facet counts of all matches. */
public record SearchResult(
    String query, long total, long tookMs, int from, int size, List<Hit> hits, Facets facets) {}
