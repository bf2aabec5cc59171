/**
 * Stage 2, analysis: the two ways text becomes terms — the literal analysis (CJK bigrams plus unigrams, the
 * recall promise) and smartcn words (ranking) — and the word knowledge the segmenter borrows through the
 * {@code wjw.ingest.layout.Lexicon} service. Index time and query time use these same analyzers.
 */
package wjw.analysis;
