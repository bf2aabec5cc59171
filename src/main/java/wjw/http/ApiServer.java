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
import org.eclipse.jetty.util.URIUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import wjw.search.SearchService;

/** The HTTP server: REST API under /api, the search page at /, built from injected parts. */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  static final String JSON = "application/json";
  static final String JSON_UTF8 = "application/json; charset=utf-8";
  private final Javalin app;
  private final List<ApiRoute> routes;
  private final DisconnectWatch disconnects = new DisconnectWatch();

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
    RequestDeadlines deadlines = new RequestDeadlines(service, disconnects);
    ApiHandlers h = new ApiHandlers(service, reindex, new AdminGuard(adminToken), deadlines);
    ResearchHandlers research = new ResearchHandlers(service, deadlines);
    this.routes = List.of(
        new ApiRoute(HandlerType.GET, "/api/search", h::search),
        new ApiRoute(HandlerType.GET, "/api/trend", h::trend),
        new ApiRoute(HandlerType.GET, "/api/dimensions", h::dimensions),
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
    config.http.maxRequestSize = RequestIntake.MAX_BODY_BYTES;
    config.http.defaultContentType = JSON_UTF8;
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
      QueryString.check(ctx.queryString());
    });
    // Javalin's ctx.json() says "application/json" without the charset every JSON answer is written in
    config.routes.after(ctx -> {
      if (JSON.equals(ctx.res().getContentType())) {
        ctx.contentType(JSON_UTF8);
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
      // .htaccess, .git/, editor swap files…: never served, whatever is in the folder
      files.skipFileFunction = request -> hasDotSegment(request.getRequestURI());
    });
    LOG.info("search page served from {}", onDisk ? webDir.toAbsolutePath().normalize() : "classpath:/web");
  }

  /** True when a segment of the (percent-encoded) path starts with a dot once decoded. */
  static boolean hasDotSegment(String rawPath) {
    String path = URIUtil.decodePath(rawPath == null ? "" : rawPath);
    for (String segment : path.split("/")) {
      if (segment.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  public ApiServer start() {
    app.start();
    return this;
  }

  /** Stops accepting requests and lets in-flight ones finish. */
  public void stop() {
    app.stop();
    disconnects.close();
  }

  public int port() {
    return app.port();
  }

  public List<ApiRoute> routes() {
    return routes;
  }
}
