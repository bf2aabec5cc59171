package wjw.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import wjw.search.Deadline;
import wjw.search.SearchService;

/**
 * Runs a handler's work under the request's {@link Deadline}: the service's time limit counted from when Jetty
 * began reading the request (so time waiting for a slot counts), cancelled when the client goes away.
 */
final class RequestDeadlines {
  /** The work of one request, given its deadline. */
  @FunctionalInterface
  interface Work<T> {
    T run(Deadline deadline) throws IOException;
  }

  private final SearchService service;
  private final DisconnectWatch disconnects;

  RequestDeadlines(SearchService service, DisconnectWatch disconnects) {
    this.service = service;
    this.disconnects = disconnects;
  }

  <T> T run(Context ctx, Work<T> work) throws IOException {
    long arrived = ServletContextRequest.getServletContextRequest(ctx.req()).getBeginNanoTime();
    Deadline deadline = Deadline.startingAt(arrived, service.timeLimit());
    try (var watching = disconnects.watch(ctx, deadline::cancel)) {
      return work.run(deadline);
    }
  }
}
