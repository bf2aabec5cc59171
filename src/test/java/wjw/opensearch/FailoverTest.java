package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import wjw.bench.BenchQuery;
import wjw.bench.CorpusGenerator;
import wjw.bench.QueryMix;
import wjw.http.ApiServer;
import wjw.index.Reindexer;
import wjw.ingest.decode.ArticleDecoder;

/**
 * Failover on a real two-node cluster on 127.0.0.1 ({@code tools/opensearch.sh start --nodes 2 --managers 1}):
 * the statements indexed in 2 shards with 1 replica each, {@value #CLIENTS} HTTP clients searching the bench's mix
 * through {@code serve}'s API, and the data node holding a primary killed by its pid ({@code kill -9}). Every
 * answer must be the complete one (the total each query had before) or a marked 503 {@code backend_unavailable};
 * never a wrong total, a partial answer or another error. Runs with the other cluster tests (it needs the
 * OpenSearch that {@code tools/opensearch.sh} caches) and prints its figures.
 */
class FailoverTest {
  static final int CLIENTS = 4;
  static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(5);
  static final Duration LOAD_AFTER_RECOVERY = Duration.ofSeconds(10);
  static final Duration START_TIMEOUT = Duration.ofMinutes(10);
  static final ObjectMapper JSON = new ObjectMapper();
  /** The nodes are wjwfo-1 (cluster manager) and wjwfo-2 (data only). */
  static final String NODE_PREFIX = "wjwfo";

  Path data;
  ClusterConnection connection;
  ApiServer server;
  OpenSearchService service;

  @AfterEach
  void stopCluster() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (service != null) {
      service.close();
    }
    TestCluster.close(connection);
    if (data != null) {
      List<ProcessHandle> nodes = nodeProcesses();
      run(Duration.ofMinutes(2), "stop", "--data", data.toString(), "--name", NODE_PREFIX);
      for (ProcessHandle node : nodes) { // a node left running would hold its ports and a gigabyte after the test
        node.onExit().get(30, TimeUnit.SECONDS);
      }
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void killingADataNodeUnderLoadLosesNoStatementAndShowsNoErrorButMarked503s() throws Exception {
    TestCluster.connect().close(); // skips (locally) or fails (CI) without the test cluster, as the other cluster tests
    // the nodes run as another user when this is root: their folder must be reachable
    data = Files.createTempDirectory(Path.of("/tmp"), "wjw-failover-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    int http = freePair();
    int transport = freePair();
    long starting = System.nanoTime();
    String url = run(START_TIMEOUT, "start", "--nodes", "2", "--managers", "1", "--port", Integer.toString(http),
        "--transport-port", Integer.toString(transport), "--data", data.toString(), "--heap", "512m",
        "--name", NODE_PREFIX, "--cluster", "wjw-failover", "--timeout", Long.toString(START_TIMEOUT.toSeconds() - 30)).strip();
    double startSeconds = (System.nanoTime() - starting) / 1e9;
    connection = ClusterConnection.open(ConnectionSettings.of(url));
    ClusterCheck.verify(connection);

    Path seeds = Files.createDirectories(data.resolve("seeds"));
    new CorpusGenerator(Path.of("seeds"), 3).write(seeds, 100);
    IndexNames names = new IndexNames("wjw-failover");
    new Reindexer(seeds, new ClusterTarget(connection, names, 2, 1, line -> {}), ArticleDecoder.DEFAULT_MAX_BYTES)
        .run(false);
    var health = connection.client().cluster().health(h -> h.waitForStatus(
        org.opensearch.client.opensearch._types.HealthStatus.Green).timeout(t -> t.time("120s")));
    assertEquals("green", health.status().jsonValue(), "both copies of both shards assigned before the kill");
    String victim = NODE_PREFIX + "-2";
    String index = connection.client().indices().getAlias(a -> a.name(names.statements())).result().keySet()
        .iterator().next();
    assertTrue(primariesOn(index).contains(victim), "the node to kill holds a primary: " + primariesOn(index));

    service = OpenSearchService.open(ClusterConnection.open(ConnectionSettings.of(url)), names, Duration.ofSeconds(10));
    server = new ApiServer(service, () -> {
      throw new IllegalStateException("no reindex here");
    }, null, Path.of("web"), "127.0.0.1", 0).start();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<BenchQuery> mix = QueryMix.build(service);
    Map<String, Long> expected = new HashMap<>();
    for (BenchQuery q : mix) {
      expected.put(q.pathAndQuery(), get(client, q).path("total").asLong());
    }

    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
    Map<String, Long> outcomes = new ConcurrentHashMap<>(); // before/after kill × outcome -> count
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicLong slowestAfterKillMs = new AtomicLong();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c * 11;
      clients.add(Thread.ofPlatform().name("failover-client-" + c).start(() -> {
        for (int i = offset; !stop.get(); i++) {
          BenchQuery q = mix.get(i % mix.size());
          long sent = System.nanoTime();
          String phase = sent < killedAt.get() ? "sent before the kill" : "sent after the kill";
          String outcome;
          try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base() + q.pathAndQuery()))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() == 200 && body.path("total").asLong() == expected.get(q.pathAndQuery())
                && !body.path("partial").asBoolean()) {
              outcome = "complete";
            } else if (r.statusCode() == 503 && body.path("error").path("type").asText().equals("backend_unavailable")) {
              outcome = "503 backend_unavailable";
            } else {
              outcome = "wrong";
              wrong.add(r.statusCode() + " " + q.describe() + ": " + r.body());
            }
          } catch (IOException | InterruptedException e) {
            outcome = "wrong";
            wrong.add(e + " " + q.describe());
          }
          if (phase.equals("sent after the kill")) {
            slowestAfterKillMs.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
          }
          outcomes.merge(phase + ": " + outcome, 1L, Long::sum);
        }
      }));
    }
    Thread.sleep(LOAD_BEFORE_KILL.toMillis());
    long pid = Long.parseLong(Files.readString(data.resolve(victim).resolve("opensearch.pid")).strip());
    killedAt.set(System.nanoTime());
    new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
    var after = connection.client().cluster().health(h -> h.waitForNodes(n -> n.count(1)).waitForActiveShards(
        w -> w.count(2)).waitForStatus(org.opensearch.client.opensearch._types.HealthStatus.Yellow)
        .index(index).timeout(t -> t.time("120s")));
    double recoveredSeconds = (System.nanoTime() - killedAt.get()) / 1e9;
    Thread.sleep(LOAD_AFTER_RECOVERY.toMillis());
    stop.set(true);
    for (Thread t : clients) {
      t.join(TimeUnit.MINUTES.toMillis(2));
    }

    System.out.printf("failover: 2 nodes started in %.0f s; %,d statements in 2 shards + 1 replica; node %s (pid %d,"
        + " holding a primary) killed under %d clients; the survivor %s with %d node(s) after %.1f s; answers %s;"
        + " slowest answer after the kill %d ms%n", startSeconds, service.info().statements(), victim, pid, CLIENTS,
        after.status().jsonValue(), after.numberOfNodes(), recoveredSeconds, new java.util.TreeMap<>(outcomes),
        slowestAfterKillMs.get());
    assertEquals(List.of(), List.copyOf(wrong), "answers neither complete nor a marked 503");
    assertTrue(!after.timedOut() && after.numberOfNodes() == 1, "the survivor promoted the replicas: " + after);
    assertTrue(outcomes.getOrDefault("sent after the kill: complete", 0L) > 0, "searches answered after the kill: " + outcomes);
  }

  /** The node processes still running, from their pid files. */
  private List<ProcessHandle> nodeProcesses() throws IOException {
    List<ProcessHandle> running = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Path pid = data.resolve(NODE_PREFIX + "-" + i).resolve("opensearch.pid");
      if (Files.exists(pid)) {
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).filter(ProcessHandle::isAlive)
            .ifPresent(running::add);
      }
    }
    return running;
  }

  /** The nodes holding a primary shard of {@code index}. */
  private List<String> primariesOn(String index) throws IOException {
    return connection.client().cat().shards(s -> s.index(index)).valueBody().stream()
        .filter(r -> "p".equals(r.prirep())).map(r -> r.node()).toList();
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private JsonNode get(HttpClient client, BenchQuery q) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base() + q.pathAndQuery())).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** {@code tools/opensearch.sh ARGS…}: its standard output; fails the test with its output when it fails. */
  private static String run(Duration timeout, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tools/opensearch.sh"));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("wjw-opensearch-sh", ".err");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    String messages = Files.readString(err);
    Files.delete(err);
    assertEquals(0, p.exitValue(), "tools/opensearch.sh " + String.join(" ", args) + ": " + messages);
    return out;
  }

  /** A free port whose successor is free too (node i listens on base + i - 1). */
  private static int freePair() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = first.getLocalPort();
      }
      if (port > 65000) {
        continue;
      }
      try (ServerSocket second = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("no two consecutive free ports on 127.0.0.1");
  }
}
