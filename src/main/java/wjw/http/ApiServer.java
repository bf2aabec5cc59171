package wjw.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wjw.search.SearchService;

/** The HTTP server: REST API under /api, the search page at /, built from injected parts. */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** Requests carry no meaningful bodies; anything bigger is refused with 413 before it is read. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  private final Javalin app;
  private final List<ApiRoute> routes;

  /**
   * @param webDir the search page on disk; when null or missing, the copy packaged in the jar under /web
   * @param adminToken enables POST /api/reindex; null or empty disables it (404)
   */
  public ApiServer(SearchService service, ReindexAction reindex, String adminToken, Path webDir, String host, int port) {
    this(service, reindex, adminToken, webDir, host, port, HttpSettings.DEFAULTS);
  }

  /** @param settings CORS origins, idle timeout and the bounds on connections and concurrent requests */
  public ApiServer(SearchService service, ReindexAction reindex, String adminToken, Path webDir, String host, int port,
      HttpSettings settings) {
    ApiHandlers h = new ApiHandlers(service, reindex, new AdminGuard(adminToken));
    ResearchHandlers research = new ResearchHandlers(service);
    this.routes = List.of(
        new ApiRoute(HandlerType.GET, "/api/search", h::search),
        new ApiRoute(HandlerType.GET, "/api/statements/{id}", h::statement),
        new ApiRoute(HandlerType.GET, "/api/articles", h::articles),
        new ApiRoute(HandlerType.GET, "/api/articles/{id}", h::article),
        new ApiRoute(HandlerType.GET, "/api/officials", h::officials),
        new ApiRoute(HandlerType.GET, "/api/health", h::health),
        new ApiRoute(HandlerType.POST, "/api/reindex", h::reindex),
        new ApiRoute(HandlerType.GET, "/api/openapi.json", h::openApi),
        new ApiRoute(HandlerType.GET, "/api/statements/{id}/citation", research::citation),
        new ApiRoute(HandlerType.GET, "/api/statements/{id}/similar", research::similar),
        new ApiRoute(HandlerType.GET, "/api/export", research::export),
        new ApiRoute(HandlerType.GET, "/api/suggest", research::suggest));
    this.app = Javalin.create(config -> configure(config, webDir, host, port, settings));
  }

  /** Drain bounds for refused bodies: reading a modest one lets the client finish sending and read the 413. */
  private static final long DRAIN_LIMIT = 1024 * 1024;
  private static final long DRAIN_NANOS = 5_000_000_000L;

  /**
   * Reads and discards a refused body that is not huge: a client still writing when the server
   * answers and closes sees a reset connection instead of the 413. Huge bodies are not read, and
   * reading stops after 5 s, so a client dripping its body cannot hold a thread (Jetty 12 has no
   * minimum data rate; the idle timeout only bounds each silence).
   */
  private static void drainSmallBody(io.javalin.http.Context ctx, long length) {
    if (length > DRAIN_LIMIT) {
      return;
    }
    long deadline = System.nanoTime() + DRAIN_NANOS;
    byte[] buffer = new byte[8192];
    try {
      java.io.InputStream in = ctx.req().getInputStream();
      while (System.nanoTime() < deadline && in.read(buffer) >= 0) {
        // discard
      }
    } catch (java.io.IOException e) {
      // the client went away or went silent past the idle timeout; the 413 is still the answer
    }
  }

  private void configure(JavalinConfig config, Path webDir, String host, int port, HttpSettings settings) {
    config.startup.showJavalinBanner = false;
    // host and port go to the connector JettyLimits builds, which also carries the idle timeout
    JettyLimits.apply(config, host, port, settings);
    // A 1,000-character Chinese query is ~9 KB percent-encoded: more than Jetty's default 8 KB.
    config.jetty.modifyHttpConfiguration(http -> {
      http.setRequestHeaderSize(32 * 1024);
      // Javalin's default (LEGACY) lets ambiguous paths such as /%2e%2e/, /..%2f or /..;/ reach the
      // routes and the static files; refuse them before, so no handler has to get their decoding right.
      http.setUriCompliance(UriCompliance.DEFAULT);
    });
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.http.defaultContentType = "application/json; charset=utf-8";
    config.router.ignoreTrailingSlashes = true;
    ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    config.jsonMapper(new JavalinJackson(mapper, false));
    config.requestLogger.http((ctx, ms) ->
        LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
    addStaticFiles(config, webDir);
    if (!settings.corsOrigins().isEmpty()) {
      config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        if (settings.corsOrigins().contains("*")) {
          rule.anyHost();
        } else {
          List<String> origins = settings.corsOrigins();
          rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
        }
      }));
    }

    config.routes.before(ctx -> {
      SecurityHeaders.ALL.forEach(ctx::header);
      long length = ctx.req().getContentLengthLong();
      if (length > MAX_BODY_BYTES) {
        drainSmallBody(ctx, length);
        throw new ApiException(413, "content_too_large", "request body of " + length + " bytes, at most " + MAX_BODY_BYTES + " allowed");
      }
    });
    for (ApiRoute route : routes) {
      config.routes.addHttpHandler(route.method(), route.path(), route.handler());
    }
    config.routes.exception(Exception.class, ErrorMapper::handle);
    for (int status : new int[] {400, 404, 405, 413, 500}) {
      config.routes.error(status, ErrorMapper::handleStatus);
    }
  }

  private static void addStaticFiles(JavalinConfig config, Path webDir) {
    boolean onDisk = webDir != null && Files.isDirectory(webDir);
    if (!onDisk && ApiServer.class.getResource("/web/index.html") == null) {
      LOG.warn("no web/ folder and none packaged: serving the API only");
      return;
    }
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = onDisk ? webDir.toAbsolutePath().normalize().toString() : "/web";
      files.location = onDisk ? Location.EXTERNAL : Location.CLASSPATH;
      files.headers = SecurityHeaders.ALL;
    });
    LOG.info("search page served from {}", onDisk ? webDir.toAbsolutePath().normalize() : "classpath:/web");
  }

  public ApiServer start() {
    app.start();
    return this;
  }

  /** Stops accepting requests and lets in-flight ones finish. */
  public void stop() {
    app.stop();
  }

  public int port() {
    return app.port();
  }

  public List<ApiRoute> routes() {
    return routes;
  }
}
