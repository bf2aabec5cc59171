/**
 * Stage 1, reading pages: an article file becomes an {@code Article} of {@code Statement}s — bytes decoded,
 * every line given a role (headline, lead, byline, header, caption, statement text), speaker headers read,
 * extraction damage repaired (split paragraphs, captions inside sentences, displaced blocks) with the evidence
 * for each paragraph's place, and curator corrections applied. Owns the domain records; knows no Lucene.
 */
package wjw.ingest;
