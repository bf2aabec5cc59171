package wjw.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wjw.index.ReindexException;
import wjw.index.ReindexInProgressException;
import wjw.search.QueryRejectedException;
import wjw.search.RequestLimits;
import wjw.search.SearchStoppedException;
import wjw.search.SemanticUnavailableException;

/** The one place exceptions become JSON error bodies; clients never see a stack trace. */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  /** Maps any exception a handler (or Javalin itself) threw to status + body. */
  static void handle(Exception e, Context ctx) {
    ErrorBody body = toBody(e, ctx);
    ctx.status(body.error().status()).json(body);
  }

  /** For statuses set without an exception (e.g. Javalin's own 404/405): keep the status, JSON body. */
  static void handleStatus(Context ctx) {
    if (ctx.res().isCommitted() || isJsonError(ctx)) {
      return;
    }
    int status = ctx.statusCode();
    ctx.json(ErrorBody.of(status, typeOf(status), defaultReason(status, ctx)));
  }

  static ErrorBody toBody(Exception e, Context ctx) {
    if (e instanceof ApiException api) {
      return ErrorBody.of(api.status(), api.type(), api.getMessage());
    }
    if (e instanceof QueryRejectedException rejected) {
      return ErrorBody.of(400, "bad_parameter", rejected.parameter() + ": " + rejected.getMessage());
    }
    if (e instanceof SearchStoppedException stopped) {
      // 499 (nginx's "client closed request"): nobody reads it, but the request log shows what happened
      return stopped.clientGone() ? ErrorBody.of(CLIENT_CLOSED, typeOf(CLIENT_CLOSED), stopped.getMessage())
          : ErrorBody.of(503, "search_timeout", stopped.getMessage());
    }
    if (e instanceof SemanticUnavailableException unavailable) {
      return switch (unavailable.reason()) {
        case MODEL_LOADING -> {
          ctx.header("Retry-After", String.valueOf(SemanticUnavailableException.RETRY_AFTER_SECONDS));
          yield ErrorBody.of(503, "model_loading", unavailable.getMessage());
        }
        case NO_MODEL -> ErrorBody.of(503, "model_unavailable", unavailable.getMessage());
        case NO_VECTORS -> ErrorBody.of(409, "no_vectors", unavailable.getMessage());
      };
    }
    if (e instanceof ReindexInProgressException busy) {
      return ErrorBody.of(409, "reindex_in_progress", busy.getMessage());
    }
    if (e instanceof ReindexException failed) {
      LOG.warn("reindex failed: {}", failed.getMessage());
      return ErrorBody.of(500, "reindex_failed", "reindex failed, the previous index stays live: " + failed.getMessage());
    }
    if (e instanceof UnsupportedOperationException unsupported) {
      return ErrorBody.of(501, "not_implemented", unsupported.getMessage());
    }
    if (e instanceof HttpResponseException http) {
      String reason = http.getMessage() == null || http.getMessage().isBlank()
          ? defaultReason(http.getStatus(), ctx) : http.getMessage();
      return ErrorBody.of(http.getStatus(), typeOf(http.getStatus()), reason);
    }
    LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
    return ErrorBody.of(500, "internal_error", "internal server error; the server log has the details");
  }

  /** Status for a request whose client closed the connection before the answer (nginx's convention). */
  static final int CLIENT_CLOSED = 499;

  /**
   * Errors Jetty answers before any route runs (see {@link JettyErrorHandler}): the request line or
   * headers were too long, malformed or too slow to arrive, or every request slot stayed taken for
   * the whole queue wait.
   */
  static ErrorBody beforeRouting(int status, String message, Throwable cause, HttpSettings limits) {
    return switch (status) {
      case 400 -> ErrorBody.of(400, "bad_request", "malformed request" + detail(message, cause));
      // the connection closed mid-request (silent past the idle timeout, or the client left): Jetty says 500
      case 500 -> cause instanceof TimeoutException || cause instanceof EofException
          ? ErrorBody.of(408, typeOf(408), "the connection closed before the request was complete: the client left,"
              + " or sent nothing for " + seconds(limits.idleTimeout()) + " s (--idle-timeout)")
          : ErrorBody.of(500, typeOf(500), "internal server error; the server log has the details");
      case 408 -> ErrorBody.of(408, typeOf(408), (message == null ? "request not complete in time" : message)
          + " (--header-timeout)");
      case 505 -> ErrorBody.of(505, typeOf(505), "HTTP version not supported: use HTTP/1.1 or HTTP/1.0");
      case 413 -> ErrorBody.of(413, typeOf(413), "request body too large");
      case 414 -> ErrorBody.of(414, typeOf(414), "request URI too long (a query is at most "
          + RequestLimits.MAX_QUERY_LENGTH + " characters)");
      case 431 -> ErrorBody.of(431, typeOf(431), "request headers too large");
      case 503 -> cause instanceof TimeoutException
          ? ErrorBody.of(503, "server_busy", "server busy: all " + limits.maxConcurrentRequests()
              + " request slots stayed taken for " + seconds(limits.maxQueueWait()) + " s; try again shortly")
          : ErrorBody.of(503, "unavailable", "service unavailable" + (message == null ? "" : ": " + message));
      default -> ErrorBody.of(status, typeOf(status),
          message == null || message.isBlank() ? "request could not be processed" : message);
    };
  }

  /** Jetty's own words when it has some beyond the status name, e.g. "Ambiguous URI path separator". */
  private static String detail(String message, Throwable cause) {
    for (String m : new String[] {message, cause == null ? null : cause.getMessage()}) {
      if (m != null && !m.isBlank() && !m.endsWith("Bad Request")) {
        return ": " + m;
      }
    }
    // e.g. /../x climbing above the root, or an encoded NUL: Jetty gives no reason of its own
    return ": invalid request line or path";
  }

  static String seconds(java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
  }

  private static boolean isJsonError(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json") && ctx.result() != null;
  }

  static String typeOf(int status) {
    return switch (status) {
      case 400 -> "bad_parameter";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 409 -> "conflict";
      case 413 -> "content_too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case CLIENT_CLOSED -> "client_closed_request";
      case 503 -> "unavailable";
      case 505 -> "http_version_not_supported";
      default -> status >= 500 ? "internal_error" : HttpStatus.forStatus(status).name().toLowerCase();
    };
  }

  private static String defaultReason(int status, Context ctx) {
    return switch (status) {
      case 404 -> "not found: " + ctx.method() + " " + ctx.path();
      case 405 -> "method " + ctx.method() + " not allowed on " + ctx.path();
      case 413 -> "request body too large";
      default -> HttpStatus.forStatus(status).getMessage();
    };
  }
}
