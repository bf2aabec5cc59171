package wjw.http;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wjw.search.ExportFormat;
import wjw.search.ExportRow;
import wjw.search.ExportSink;
import wjw.search.ExportWriter;
import wjw.search.SearchRequest;
import wjw.search.SearchService;

/** Thin handlers for what researchers do after a search: similar statements, citations, export of every hit. */
final class ResearchHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ResearchHandlers.class);
  /**
   * Exports streamed at once: each holds a request slot and a core for seconds, so a few at most, leaving the
   * other slots to searches.
   */
  static final int MAX_CONCURRENT_EXPORTS = 2;

  private final SearchService service;
  private final Semaphore exports = new Semaphore(MAX_CONCURRENT_EXPORTS);

  private final RequestDeadlines deadlines;

  ResearchHandlers(SearchService service, RequestDeadlines deadlines) {
    this.service = service;
    this.deadlines = deadlines;
  }

  void citation(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(service.citations(id).orElseThrow(() -> ApiException.notFound("no statement with id " + id)));
  }

  /** Default length of {@code GET /api/statements/{id}/similar}: what the statement view shows. */
  static final int SIMILAR_SIZE = 5;

  void similar(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Integer paragraph = SearchParams.integer(ctx, "paragraph", null);
    int size = SearchParams.integer(ctx, "size", SIMILAR_SIZE);
    ctx.json(deadlines.run(ctx, deadline -> service.similar(id, paragraph, size, deadline))
        .orElseThrow(() -> ApiException.notFound("no statement with id " + id)));
  }

  /** Default number of completions of {@code GET /api/suggest}: what the search box lists. */
  static final int SUGGEST_SIZE = 8;

  void suggest(Context ctx) {
    String prefix = ctx.queryParam("prefix");
    ctx.json(new Responses.Suggestions(prefix == null ? "" : prefix.strip(),
        service.suggest(prefix, SearchParams.integer(ctx, "size", SUGGEST_SIZE))));
  }

  void export(Context ctx) throws IOException {
    ExportFormat format = ExportFormat.parse(ctx.queryParamMap().containsKey("format") ? ctx.queryParam("format") : "csv");
    boolean bom = flag(ctx, "bom", format == ExportFormat.CSV);
    SearchRequest request = SearchParams.from(ctx);
    if (!exports.tryAcquire()) {
      throw new ApiException(503, "exports_busy", MAX_CONCURRENT_EXPORTS
          + " exports are being streamed already; try again when one has finished");
    }
    HttpExportSink sink = new HttpExportSink(ctx, format, bom);
    try {
      deadlines.run(ctx, deadline -> service.export(request, sink, deadline));
    } catch (IOException | RuntimeException e) {
      if (!sink.started()) {
        throw e;
      }
      abortMidStream(ctx, sink, e);
    } finally {
      exports.release();
    }
  }

  /**
   * Mid-stream the status and part of the rows are sent: an error body would read as more rows. The connection is
   * cut instead, without the chunked encoding's last chunk, so the client sees the download fail rather than end
   * early as if complete; X-Total-Count said how many rows were due.
   */
  private static void abortMidStream(Context ctx, HttpExportSink sink, Exception e) {
    if (e instanceof IOException) {
      LOG.info("export of {} rows stopped after {}: {}", sink.total, sink.rows, e.toString());
    } else {
      LOG.error("export of {} rows failed after {}; connection cut", sink.total, sink.rows, e);
    }
    ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
  }

  /** true/false/1/0 (absent: {@code fallback}); anything else is refused naming the parameter. */
  static boolean flag(Context ctx, String name, boolean fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badParameter(name, "must be true or false, got \"" + value + "\"");
    };
  }

  /** Sets the headers when the export begins (after its checks), then streams the rows into the response. */
  private static final class HttpExportSink implements ExportSink {
    private final Context ctx;
    private final ExportFormat format;
    private final boolean bom;
    private ExportWriter writer;
    long total;
    long rows;

    HttpExportSink(Context ctx, ExportFormat format, boolean bom) {
      this.ctx = ctx;
      this.format = format;
      this.bom = bom;
    }

    boolean started() {
      return writer != null;
    }

    @Override
    public void begin(long total) throws IOException {
      this.total = total;
      ctx.status(200);
      ctx.contentType(format.mediaType() + "; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"wjw-export." + format.extension() + "\"");
      // The row count up front: a client can tell a complete export from one cut short.
      ctx.header("X-Total-Count", Long.toString(total));
      writer = new ExportWriter(format,
          new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8)), bom);
      writer.begin(total);
    }

    @Override
    public void row(ExportRow row) throws IOException {
      writer.row(row);
      rows++;
    }

    @Override
    public void end() throws IOException {
      writer.end();
    }
  }
}
