package wjw.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wjw.index.ReindexException;
import wjw.index.ReindexInProgressException;
import wjw.search.QueryRejectedException;

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
    if (e instanceof ReindexInProgressException busy) {
      return ErrorBody.of(409, "reindex_in_progress", busy.getMessage());
    }
    if (e instanceof ReindexException failed) {
      LOG.warn("reindex failed: {}", failed.getMessage());
      return ErrorBody.of(500, "reindex_failed", "reindex failed, the previous index stays live: " + failed.getMessage());
    }
    if (e instanceof HttpResponseException http) {
      String reason = http.getMessage() == null || http.getMessage().isBlank()
          ? defaultReason(http.getStatus(), ctx) : http.getMessage();
      return ErrorBody.of(http.getStatus(), typeOf(http.getStatus()), reason);
    }
    LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
    return ErrorBody.of(500, "internal_error", "internal server error; the server log has the details");
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
      case 409 -> "conflict";
      case 413 -> "content_too_large";
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
