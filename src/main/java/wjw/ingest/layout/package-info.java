/**
 * Repairs the reading order the text extraction damaged, on one page: sentences split across lines, captions and
 * columns are rejoined (each open fragment's continuation chosen among all pieces of the page at once), blocks
 * printed before their header or after the next statement move to their statement on evidence (a sentence they
 * finish, the places they name as their own), and every paragraph says why it stands where it does. Weak evidence
 * keeps the printed place and says so.
 */
package wjw.ingest.layout;
