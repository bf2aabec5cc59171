package wjw.ingest.corrections;

/** A corrections file that cannot be used; the message names the file, the entry and what is wrong. */
public class CorrectionsException extends Exception {
  public CorrectionsException(String message) {
    super(message);
  }
}
