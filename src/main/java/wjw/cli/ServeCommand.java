package wjw.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import wjw.http.ApiServer;
import wjw.http.HttpSettings;
import wjw.http.ReindexAction;
import wjw.index.ReindexReport;
import wjw.search.SearchService;

/**
 * {@code wjw-search serve}: the search page and REST API, from the index folder or (with {@code --opensearch})
 * a cluster; builds the index from the seeds first if there is none, and cleans up what killed reindexes left.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search page at / and the REST API under /api (Ctrl-C or SIGTERM stops gracefully).")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin CorpusOptions corpus;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;

  // The token never appears in help output or logs; the environment keeps it out of `ps`.
  @Option(names = "--admin-token", defaultValue = "${env:WJW_ADMIN_TOKEN}",
      description = "enables POST /api/reindex for requests sending 'Authorization: Bearer <token>' (or env WJW_ADMIN_TOKEN)")
  String adminToken;

  @Option(names = "--web", defaultValue = "web",
      description = "search page folder; when missing, the copy packaged in the jar (default: ${DEFAULT-VALUE})")
  Path web;

  @Option(names = "--search-timeout", defaultValue = "5s", converter = DurationConverter.class,
      description = "time one search may take from its arrival, all its work included (expanding ~ and *, collecting,"
          + " highlighting), before it answers with what it has, marked partial (e.g. 500ms, 5s; default: ${DEFAULT-VALUE})")
  Duration searchTimeout;

  @Mixin RebuildOption rebuild;

  @Mixin SemanticOption semantic;

  @Option(names = "--cors-origin", split = ",", paramLabel = "URL",
      description = "let pages from this origin (e.g. https://example.org; several comma-separated, or *) call the API"
          + " from a browser; default: no CORS headers, so only pages served here can")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--idle-timeout", defaultValue = "" + HttpSettings.DEFAULT_IDLE_SECONDS, paramLabel = "SECONDS",
      description = "close a connection that sends nothing for this long, also one stuck in the middle of a request"
          + " (default: ${DEFAULT-VALUE})")
  double idleTimeoutSeconds;

  @Option(names = "--max-concurrent", defaultValue = "" + HttpSettings.DEFAULT_MAX_CONCURRENT, paramLabel = "N",
      description = "requests handled at once; more wait up to " + HttpSettings.QUEUE_WAIT_SECONDS
          + " s for a slot, then get 503 (default: ${DEFAULT-VALUE})")
  int maxConcurrent;

  @Option(names = "--max-connections", defaultValue = "" + HttpSettings.DEFAULT_MAX_CONNECTIONS, paramLabel = "N",
      description = "open connections; more wait to be accepted (default: ${DEFAULT-VALUE})")
  int maxConnections;

  @Option(names = "--max-connections-per-address", defaultValue = "" + HttpSettings.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
      paramLabel = "N", description = "open connections from one client address; more are closed at once. Behind a"
          + " reverse proxy every connection comes from the proxy: raise it to --max-connections (default: ${DEFAULT-VALUE})")
  int maxConnectionsPerAddress;

  @Option(names = "--header-timeout", defaultValue = "" + HttpSettings.DEFAULT_HEADER_SECONDS, paramLabel = "SECONDS",
      description = "a request whose line and headers have not all arrived this long after its first byte gets 408 and"
          + " loses its connection (default: ${DEFAULT-VALUE})")
  double headerTimeoutSeconds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Launcher.watchLauncher();
    // Checked before the index is touched: a bad option costs nothing and says which one.
    HttpSettings settings = settings();
    IndexLocation location = IndexLocation.of(corpus, spec);
    SearchService service;
    try {
      service = location.open(rebuild.rebuildIfBroken, searchTimeout, why -> {
        LOG.info(why);
        ReindexReport report = semantic.apply(location.reindexer(LOG::info)).run(true);
        LOG.info("indexed {} statements from {} articles in {}s", report.statements(), report.articles(), report.seconds());
      });
    } catch (Exception e) {
      location.close();
      throw e;
    }
    // The model loads on its own thread (already loaded if the index was just built), and only once a generation with
    // paragraph vectors is live: literal searches never wait for it, semantic ones get 503 until it is ready.
    // --no-semantic, or a cluster: no model.
    if (!semantic.off() && location.searchesByMeaning()) {
      service.useQueryEncoderWhenNeeded(SemanticOption.Model::embedder);
    }
    // Only after the index opened, so a broken one stays as it is for the message and for inspection.
    location.removeLeftovers(LOG::info);
    ReindexAction reindex = () -> {
      ReindexReport report = semantic.apply(location.reindexer(LOG::info)).run(true);
      // The new generation is complete on disk; searches in flight finish on the old one.
      service.refresh();
      return report;
    };
    ApiServer server = new ApiServer(service, reindex, adminToken, web, host, port, settings).start();
    if (adminToken == null || adminToken.isEmpty()) {
      LOG.info("no admin token: POST /api/reindex is disabled");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("shutting down: finishing requests in flight");
      try {
        server.stop();
        service.close();
        location.close();
      } catch (Exception e) {
        LOG.warn("while shutting down: {}", e.toString());
      } finally {
        stopped.countDown();
      }
    }, "wjw-serve-shutdown"));
    if (!settings.corsOrigins().isEmpty()) {
      LOG.info("CORS: pages from {} may call the API", String.join(", ", settings.corsOrigins()));
    }
    LOG.info("wjw-search serving http://{}:{}/", host, server.port());
    stopped.await();
    return 0;
  }

  private HttpSettings settings() {
    try {
      return HttpSettings.DEFAULTS.withCorsOrigins(corsOrigins)
          .withIdleTimeout(Duration.ofMillis(Math.round(idleTimeoutSeconds * 1000)))
          .withConcurrency(maxConcurrent, HttpSettings.DEFAULTS.maxQueueWait(), maxConnections)
          .withHeaderTimeout(Duration.ofMillis(Math.round(headerTimeoutSeconds * 1000)))
          .withMaxConnectionsPerAddress(maxConnectionsPerAddress);
    } catch (IllegalArgumentException e) {
      // picocli answers a ParameterException like any bad option: the message, the usage, exit code 2
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
