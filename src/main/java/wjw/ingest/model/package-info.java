/**
 * The domain records of a read page — {@code Article}, {@code Statement}, {@code Paragraph} with its
 * {@code Attribution}, {@code Official}, {@code SourceLine} and its {@code LineRole}, and {@code ArticleSummary} (an
 * article without its text, as the index's catalog keeps it and the API lists it) — as every later stage (index,
 * search, HTTP, export) reads them. Plain records of text as printed; they depend on nothing else of ingest.
 */
package wjw.ingest.model;
