package wjw.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of ranked hits with the exact total and the facet counts of all matches. When the time
 * limit passed first ({@code partial}), {@code partialReason} says where: while collecting (hits,
 * total and facets cover only the part of the index searched) or while highlighting (the later
 * hits show their opening sentence unmarked). {@code ignoredClauses} are the clauses of the query
 * left out because nothing in them is searchable (a lone punctuation mark).
 */
public record SearchResult(String query, long total, long tookMs, int from, int size, List<Hit> hits, Facets facets,
    boolean partial, String partialReason, List<String> ignoredClauses,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mode,
    @JsonInclude(JsonInclude.Include.NON_NULL) Candidates candidates) {

  /** A literal answer: its total and facets cover every match, so it names no mode and no candidates. */
  public SearchResult(String query, long total, long tookMs, int from, int size, List<Hit> hits, Facets facets,
      boolean partial, String partialReason, List<String> ignoredClauses) {
    this(query, total, tookMs, from, size, hits, facets, partial, partialReason, ignoredClauses, null, null);
  }
}
