package wjw.opensearch;

import java.io.IOException;

/** The cluster cannot serve wjw-search; the message says in one line what is wrong and what to do. */
public final class OpenSearchUnavailableException extends IOException {
  public OpenSearchUnavailableException(String message) {
    super(message);
  }

  public OpenSearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
