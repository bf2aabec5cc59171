package wjw.http;

/** The JSON body of every error response: {@code {"error":{"status","type","reason"}}}. */
public record ErrorBody(Detail error) {

  /** What went wrong, in words a client can show. */
  public record Detail(int status, String type, String reason) {}

  public static ErrorBody of(int status, String type, String reason) {
    return new ErrorBody(new Detail(status, type, reason));
  }
}
