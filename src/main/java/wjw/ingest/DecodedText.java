package wjw.ingest;

/** The text of an article file and the charset it was decoded with ("UTF-8" or "GB18030"). */
public record DecodedText(String text, String charset) {}
