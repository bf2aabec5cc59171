/**
 * A curator's corrections ({@code corrections.json}): read strictly, so a typo fails loudly, and applied to a
 * segmented article — moved paragraphs, officials' names and titles, the article's year, date and source.
 */
package wjw.ingest.corrections;
