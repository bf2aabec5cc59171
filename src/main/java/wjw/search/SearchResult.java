package wjw.search;

import java.util.List;

/**
 * A page of ranked hits with the exact total and the facet counts of all matches; when the search
 * ran out of time ({@code partial}), hits, total and facets cover only the part of the index searched.
 */
public record SearchResult(
    String query, long total, long tookMs, int from, int size, List<Hit> hits, Facets facets, boolean partial) {}
