package wjw.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors Jetty answers before Javalin sees the request (URI or headers too long, malformed or
 * unfinished requests, no request slot free) get the same JSON body and headers as every other
 * error instead of Jetty's HTML page; {@link ErrorMapper} words them.
 */
final class JettyErrorHandler extends ErrorHandler {
  // Jackson, not string concatenation: Jetty's messages may quote request bytes, which must stay valid JSON.
  private static final ObjectMapper JSON = new ObjectMapper();
  // Javalin's request log never sees these requests; one line each keeps refusals visible to the operator.
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private final HttpSettings limits;

  JettyErrorHandler(HttpSettings limits) {
    this.limits = limits;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    send(request, response, ErrorMapper.beforeRouting(code, message, cause, limits), callback, "refused before routing");
  }

  /**
   * Writes {@code body} as the whole response, with the security headers, and logs one line. A
   * request Jetty gave up on before its line and headers were read has no method or path of its own
   * (Jetty names it {@code GET /badRequest} or {@code BAD /badMessage}): it is logged as {@code - -}.
   */
  static void send(Request request, Response response, ErrorBody body, Callback callback, String when) {
    int status = body.error().status();
    boolean unfinished = status == 408 || "BAD".equals(method(request));
    LOG.info("{} {} {} {} ({})", unfinished ? "-" : method(request), unfinished ? "-" : path(request), status,
        body.error().type(), when);
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise an error body", e);
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    SecurityHeaders.ALL.forEach((k, v) -> response.getHeaders().put(k, v));
    if (status == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    response.write(true, ByteBuffer.wrap(json), callback);
  }

  private static String method(Request request) {
    try {
      return request.getMethod();
    } catch (RuntimeException e) {
      return "?";
    }
  }

  /** The path as sent (percent-encoded, so no line breaks), cut short: a refused URI may be 40 KB. */
  private static String path(Request request) {
    try {
      String path = request.getHttpURI().getPath();
      return path == null ? "?" : path.length() > 120 ? path.substring(0, 120) + "…" : path;
    } catch (RuntimeException e) {
      return "?";
    }
  }
}
