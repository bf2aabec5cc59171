package wjw.ingest.decode;

import java.nio.file.Path;

/** An article file that cannot be read as a page (empty, binary, undecodable); the message names the file and the reason. */
public final class BadArticleException extends Exception {
  private final String file;
  private final String reason;

  public BadArticleException(Path file, String reason) {
    super(file + ": " + reason);
    this.file = file.toString();
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public String reason() {
    return reason;
  }
}
