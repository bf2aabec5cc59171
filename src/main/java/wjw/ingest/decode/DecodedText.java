package wjw.ingest.decode;

/** The text of an article file and the charset it was decoded with ("UTF-8" or "GB18030"). */
public record DecodedText(String text, String charset) {

  /** What a report should tell about the encoding: null for UTF-8, else which charset was guessed and why. */
  public String note() {
    return "UTF-8".equals(charset) ? null : "decoded as " + charset + " (not valid UTF-8)";
  }
}
