package wjw.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import wjw.search.RequestLimits;

/**
 * Errors Jetty answers before Javalin sees the request (URI or headers too long, malformed requests)
 * get the same JSON body as every other error instead of Jetty's HTML page.
 */
final class JettyErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    String reason = switch (code) {
      case 414 -> "request URI too long (a query is at most " + RequestLimits.MAX_QUERY_LENGTH + " characters)";
      case 431 -> "request headers too large";
      case 413 -> "request body too large";
      default -> message == null || message.isBlank() ? "request could not be processed" : message;
    };
    String json = "{\"error\":{\"status\":" + code + ",\"type\":\"" + ErrorMapper.typeOf(code) + "\",\"reason\":\""
        + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    SecurityHeaders.ALL.forEach((k, v) -> response.getHeaders().put(k, v));
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
