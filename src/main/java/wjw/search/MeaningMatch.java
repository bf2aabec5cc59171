package wjw.search;

/**
 * Why a hit was found by meaning: its paragraph nearest the query's embedding ({@code paragraph},
 * 1-based, as {@code /api/statements/{id}} numbers them), that paragraph's cosine similarity to the
 * query (-1..1; unrelated text of this model scores about 0.3–0.5), and its text, HTML-escaped.
 */
public record MeaningMatch(int paragraph, double similarity, String html) {}
