package wjw.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * What is settled before a request may take one of the request slots: a declared body over the
 * limit is refused with 413 (no route reads a body, so a client sending a large one slowly must
 * not hold a slot while it is drained), and the method-override header is dropped, so a GET stays
 * a GET whatever the client claims (Javalin would otherwise route {@code GET /api/reindex} with
 * {@code X-HTTP-Method-Override: POST} as a POST). Installed outside Jetty's QoSHandler.
 */
final class RequestIntake extends Handler.Wrapper {
  /** Requests carry no meaningful bodies; a declared length over this is refused with 413. */
  static final long MAX_BODY_BYTES = 64 * 1024;
  static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";
  /**
   * A refused body this small is read (and thrown away) for at most {@link #DRAIN_NANOS} before the
   * 413, without a thread or a slot: a client still writing when the server answers and closes sees
   * a reset connection instead of the 413. Larger ones are not read at all.
   */
  static final long DRAIN_LIMIT = 1024 * 1024;
  static final long DRAIN_NANOS = 2_000_000_000L;

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    if (length > MAX_BODY_BYTES) {
      ErrorBody body = ErrorBody.of(413, ErrorMapper.typeOf(413),
          "request body of " + length + " bytes, at most " + MAX_BODY_BYTES + " allowed");
      Runnable refuse = () -> JettyErrorHandler.send(request, response, body, callback, "refused before a request slot");
      if (length <= DRAIN_LIMIT) {
        drain(request, NanoTime.now() + DRAIN_NANOS, new long[] {length}, refuse);
      } else {
        refuse.run();
      }
      return true;
    }
    Request passed = request.getHeaders().contains(METHOD_OVERRIDE) ? withoutMethodOverride(request) : request;
    return super.handle(passed, response, callback);
  }

  /** Reads and discards the body until its end, {@code left[0]} bytes, the deadline or a failure; then runs {@code then}. */
  private static void drain(Request request, long deadline, long[] left, Runnable then) {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        if (NanoTime.isBeforeOrSame(deadline, NanoTime.now())) {
          then.run();
        } else {
          // waits without a thread; a client that goes silent is cut by the idle timeout (a failure chunk)
          request.demand(() -> drain(request, deadline, left, then));
        }
        return;
      }
      boolean failed = Content.Chunk.isFailure(chunk);
      left[0] -= chunk.remaining();
      chunk.release();
      if (failed || chunk.isLast() || left[0] <= 0 || NanoTime.isBeforeOrSame(deadline, NanoTime.now())) {
        then.run();
        return;
      }
    }
  }

  private static Request withoutMethodOverride(Request request) {
    HttpFields headers = HttpFields.build(request.getHeaders()).remove(METHOD_OVERRIDE).asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return headers;
      }
    };
  }
}
