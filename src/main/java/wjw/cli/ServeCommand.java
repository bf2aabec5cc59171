package wjw.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wjw.http.ApiServer;
import wjw.http.ReindexAction;
import wjw.index.IndexStore;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.search.LuceneSearchService;

/**
 * {@code wjw-search serve}: the search page and REST API; builds the index from the seeds first if there
 * is none, and cleans up what killed reindexes left.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search page at / and the REST API under /api (Ctrl-C or SIGTERM stops gracefully).")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--index", defaultValue = "index", description = "index directory (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--seeds", defaultValue = "seeds", description = "folder of article .txt files (default: ${DEFAULT-VALUE})")
  Path seeds;

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
      description = "time one search may take before it answers with the part searched, marked partial"
          + " (e.g. 500ms, 5s; default: ${DEFAULT-VALUE})")
  Duration searchTimeout;

  @Option(names = IndexStartup.REBUILD_FLAG, description = IndexStartup.REBUILD_HELP)
  boolean rebuildIfBroken;

  @Option(names = "--max-file-size", defaultValue = "20MB", converter = ByteSize.class, paramLabel = "SIZE",
      description = "when indexing, reject article files larger than this: bytes, or KB, MB, GB (1024-based)"
          + " (default: ${DEFAULT-VALUE})")
  long maxFileSize;

  @Override
  public Integer call() throws Exception {
    LuceneSearchService service = IndexStartup.open(index, seeds, rebuildIfBroken, searchTimeout, why -> {
      LOG.info(why);
      ReindexReport report = new Reindexer(seeds, index, maxFileSize).run(true);
      LOG.info("indexed {} statements from {} articles in {}s", report.statements(), report.articles(), report.seconds());
    });
    removeLeftovers();
    ReindexAction reindex = () -> {
      ReindexReport report = new Reindexer(seeds, index, maxFileSize).run(true);
      // The new generation is complete on disk; searches in flight finish on the old one.
      service.refresh();
      return report;
    };
    ApiServer server = new ApiServer(service, reindex, adminToken, web, host, port).start();
    if (adminToken == null || adminToken.isEmpty()) {
      LOG.info("no admin token: POST /api/reindex is disabled");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("shutting down: finishing requests in flight");
      try {
        server.stop();
        service.close();
      } catch (Exception e) {
        LOG.warn("while shutting down: {}", e.toString());
      } finally {
        stopped.countDown();
      }
    }, "wjw-serve-shutdown"));
    LOG.info("wjw-search serving http://{}:{}/", host, server.port());
    stopped.await();
    return 0;
  }

  /**
   * Removes what killed reindexes left; only after the index opened, so a broken one stays as it is for
   * the message and for inspection. A failure here costs disk space, not service: it is only logged.
   */
  private void removeLeftovers() {
    try {
      List<String> removed = new IndexStore(index).cleanUp();
      if (!removed.isEmpty()) {
        LOG.info("removed what interrupted or older reindexes left in {}: {}", index, String.join(", ", removed));
      }
    } catch (IOException e) {
      LOG.warn("could not remove what interrupted reindexes left in {}: {}", index, e.toString());
    }
  }
}
