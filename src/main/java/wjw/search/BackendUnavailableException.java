package wjw.search;

/**
 * The engine behind the search service cannot answer now — an OpenSearch cluster unreachable, red, or
 * refusing — so the request is answered with "try again later", never with a partial or wrong answer.
 * The message says in one line what is wrong.
 */
public final class BackendUnavailableException extends RuntimeException {
  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
