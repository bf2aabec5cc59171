package wjw.search;

/** A query or parameter the service refuses; the message says what is wrong and where. */
public final class QueryRejectedException extends RuntimeException {
  private final String parameter;

  public QueryRejectedException(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  /** The request parameter at fault, e.g. {@code q}, {@code size}. */
  public String parameter() {
    return parameter;
  }
}
