/**
 * Stage 1, reading pages: an article file becomes an {@code Article} of {@code Statement}s. This package is the
 * entry point — {@code Segmenter}: text to article; {@code ArticleReader}: file to article (decoded, segmented,
 * corrected), the one way reindex, {@code segment} and the bench read pages, and which files are articles — and the
 * work is done by its sub-packages, each a stage of its own, used in this order:
 * <ul>
 *   <li>{@code decode}: bytes to text (UTF-8 or GB18030), and why a file is no page;
 *   <li>{@code text}: characters and lines as printed — whitespace, Han characters, traditional variants, markup,
 *       where a sentence is left open;
 *   <li>{@code places}: China's provinces, cities and the provinces' other names, found in a text;
 *   <li>{@code headers}: the speaker-header grammar (organisation, titles, name) and the headers of a page;
 *   <li>{@code lines}: every line's role — headline, lead, byline, caption, page furniture, statement text — and the
 *       page's year;
 *   <li>{@code layout}: extraction damage repaired — split sentences rejoined, displaced blocks moved on evidence —
 *       with each paragraph's attribution;
 *   <li>{@code corrections}: a curator's corrections applied to a segmented article;
 *   <li>{@code model}: the domain records every later stage reads (Article, Statement, Paragraph, Official …).
 * </ul>
 * A page printed in traditional script is read with its variants folded to simplified in place ({@code
 * PrintedLines}), so every stage recognises it as its simplified twin; the article keeps the text as printed.
 * Knows no Lucene.
 */
package wjw.ingest;
