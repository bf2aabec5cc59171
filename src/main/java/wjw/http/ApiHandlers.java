package wjw.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import wjw.index.Dimensions;
import wjw.index.ReindexInProgressException;
import wjw.search.SearchRequest;
import wjw.search.SearchService;

/** Thin request handlers: parse parameters, call the search service, return its records as JSON. */
final class ApiHandlers {
  private final SearchService service;
  private final ReindexAction reindex;
  private final AdminGuard admin;
  private final RequestDeadlines deadlines;
  private final byte[] openApi;
  // Refuse a second reindex in this process at once instead of queueing it behind the first.
  private final AtomicBoolean reindexing = new AtomicBoolean();

  ApiHandlers(SearchService service, ReindexAction reindex, AdminGuard admin, RequestDeadlines deadlines) {
    this.service = service;
    this.reindex = reindex;
    this.admin = admin;
    this.deadlines = deadlines;
    this.openApi = OpenApi.document();
  }

  void search(Context ctx) throws IOException {
    SearchRequest request = SearchParams.from(ctx);
    ctx.json(deadlines.run(ctx, deadline -> service.search(request, deadline)));
  }

  void trend(Context ctx) throws IOException {
    SearchRequest request = SearchParams.from(ctx);
    ctx.json(deadlines.run(ctx, deadline -> service.trend(request, deadline)));
  }

  void statement(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String q = SearchParams.text(ctx, "q");
    ctx.json(deadlines.run(ctx, deadline -> service.statement(id, q == null ? null : q.strip(), deadline))
        .orElseThrow(() -> ApiException.notFound("no statement with id " + id)));
  }

  void dimensions(Context ctx) {
    ctx.json(Responses.Dimensions.of(Dimensions.ALL));
  }

  void articles(Context ctx) {
    ctx.json(service.articles(SearchParams.integer(ctx, "from", 0), SearchParams.integer(ctx, "size", ARTICLES_PAGE)));
  }

  /** Default page of {@code GET /api/articles}: a screenful, not a million-statement archive at once. */
  static final int ARTICLES_PAGE = 100;

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(service.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id)));
  }

  void officials(Context ctx) {
    var officials = service.officials();
    ctx.json(new Responses.Officials(officials.size(), officials));
  }

  void health(Context ctx) {
    ctx.json(Responses.Health.of(service.info()));
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  void reindex(Context ctx) throws Exception {
    admin.check(ctx);
    if (!reindexing.compareAndSet(false, true)) {
      throw new ReindexInProgressException(
          "another reindex is running (started by an earlier request to this server); try again when it has finished");
    }
    try {
      ctx.json(reindex.reindex());
    } finally {
      reindexing.set(false);
    }
  }

}
