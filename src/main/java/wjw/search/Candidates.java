package wjw.search;

/**
 * What a semantic or hybrid answer's {@code total} and facets count: not every statement of the index
 * but the {@code statements} found among the {@code paragraphs} nearest in meaning (after the
 * filters), fused in hybrid mode with the best {@code literalRanked} of the {@code literalMatches}
 * literal matches (null in semantic mode); {@code note} says so in words.
 */
public record Candidates(int statements, int paragraphs, Integer literalRanked, Long literalMatches, String note) {}
