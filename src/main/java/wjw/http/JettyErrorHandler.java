package wjw.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before Javalin sees the request (URI or headers too long, malformed requests,
 * no request slot free) get the same JSON body and headers as every other error instead of Jetty's
 * HTML page; {@link ErrorMapper} words them.
 */
final class JettyErrorHandler extends ErrorHandler {
  // Jackson, not string concatenation: Jetty's messages may quote request bytes, which must stay valid JSON.
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpSettings limits;

  JettyErrorHandler(HttpSettings limits) {
    this.limits = limits;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    ErrorBody body = ErrorMapper.beforeRouting(code, message, cause, limits);
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise an error body", e);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    SecurityHeaders.ALL.forEach((k, v) -> response.getHeaders().put(k, v));
    if (code == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    response.write(true, ByteBuffer.wrap(json), callback);
  }
}
