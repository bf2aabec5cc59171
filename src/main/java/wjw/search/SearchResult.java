package wjw.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wjw.index.Dimension;

/**
 * One page of hits plus the total and facets over all matches. When the time limit passed first ({@code partial}),
 * {@code partialReason} says where: while collecting (hits, total, facets and trends cover only the part of the index
 * searched) or while highlighting (the later hits show their opening sentence unmarked). {@code ignoredClauses} are
 * the clauses of the query left out because nothing in them is searchable (a lone punctuation mark). {@code trends}
 * are the tables the request asked for (year × a dimension, keyed by its name; empty when none), counted in the same
 * pass as the facets. {@code mode} and {@code candidates} are there only for a search by meaning
 * ({@link SearchMode#SEMANTIC}, {@link SearchMode#HYBRID}), whose total and facets count its candidates.
 */
public record SearchResult(String query, long total, long tookMs, int from, int size, List<Hit> hits, Facets facets,
    boolean partial, String partialReason, List<String> ignoredClauses, Map<String, Trend> trends,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mode,
    @JsonInclude(JsonInclude.Include.NON_NULL) Candidates candidates) {

  public SearchResult {
    trends = trends == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(trends));
  }

  /** A literal answer: its total and facets cover every match, so it names no mode and no candidates. */
  public SearchResult(String query, long total, long tookMs, int from, int size, List<Hit> hits, Facets facets,
      boolean partial, String partialReason, List<String> ignoredClauses, Map<String, Trend> trends) {
    this(query, total, tookMs, from, size, hits, facets, partial, partialReason, ignoredClauses, trends, null, null);
  }

  /** The trend by {@code dimension}, or null when the request did not ask for it. */
  public Trend trend(Dimension dimension) {
    return trends.get(dimension.name());
  }
}
