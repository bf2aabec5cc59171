/**
 * Bytes to text: an article file decoded as strict UTF-8 (BOM dropped) or GB18030, or rejected with a reason that
 * names the file and says what it is instead (empty, binary, UTF-16, damaged UTF-8, Big5 …).
 */
package wjw.ingest.decode;
