/**
 * Characters and lines as a page prints them, for every later stage of reading: whitespace of every kind, Han
 * characters, traditional and variant characters folded to simplified ({@code HanVariants}: in full for analysis, in
 * place — every position kept — for reading a page printed in traditional script), line breaks, markdown
 * marks around a line, and whether a text leaves its sentence open.
 */
package wjw.ingest.text;
