package wjw.http;

/** An HTTP error raised by a handler: status, a short machine type and a human reason. */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String type;

  public ApiException(int status, String type, String reason) {
    super(reason);
    this.status = status;
    this.type = type;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  static ApiException badParameter(String parameter, String reason) {
    return new ApiException(400, "bad_parameter", parameter + ": " + reason);
  }

  static ApiException notFound(String reason) {
    return new ApiException(404, "not_found", reason);
  }
}
