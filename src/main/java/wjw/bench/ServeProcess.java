package wjw.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wjw-search serve} as a child process on a free loopback port, started from this JVM's own
 * java and class path (the jar when run as {@code java -jar}, the test class path under Maven) through the
 * jar's {@link wjw.cli.Launcher}, as {@code java -jar} starts it, so its memory is its own and can be read from
 * outside: live heap after a forced GC (jcmd) and RssAnon.
 */
final class ServeProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final long SETTLE_MILLIS = 2_000;
  /** Between knocks on the port while the server starts (a bare connect costs about 0.3 ms of CPU). */
  private static final long PROBE_PAUSE_MILLIS = 5;
  // -Xlog:gc prints "Pause Full (Diagnostic Command) 22M->18M(80M) 62.2ms" after jcmd GC.run, with every collector.
  private static final Pattern FULL_GC =
      Pattern.compile("Pause Full \\((?:Diagnostic Command|System\\.gc\\(\\))\\)\\s+(\\d+)([KMG])->(\\d+)([KMG])");

  private final Process process;
  private final int port;
  private final Path gcLog;
  private final Path log;
  private final double startupSeconds;

  private ServeProcess(Process process, int port, Path gcLog, Path log, double startupSeconds) {
    this.process = process;
    this.port = port;
    this.gcLog = gcLog;
    this.log = log;
    this.startupSeconds = startupSeconds;
  }

  /**
   * Launches serve on an existing index and waits for the first answered search; the time from
   * launch to that answer is the startup figure. Output goes to {@code logDir/serve.log}.
   */
  static ServeProcess start(Path indexDir, Path seedsDir, Path logDir, String probePath) throws IOException {
    return start(indexDir, seedsDir, logDir, probePath, null);
  }

  /**
   * As {@link #start(Path, Path, Path, String)}, with POST /api/reindex enabled by {@code adminToken}
   * (null: disabled). The token goes through the environment, so it does not show in {@code ps}.
   */
  static ServeProcess start(Path indexDir, Path seedsDir, Path logDir, String probePath, String adminToken)
      throws IOException {
    return start(indexDir, seedsDir, logDir, probePath, adminToken, List.of());
  }

  /**
   * As {@link #start(Path, Path, Path, String, String)}, with {@code backendArgs} added to serve's command line
   * (such as {@code --opensearch URL}: serve from a cluster instead of {@code indexDir}).
   */
  static ServeProcess start(Path indexDir, Path seedsDir, Path logDir, String probePath, String adminToken,
      List<String> backendArgs) throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve("serve.log");
    Path gcLog = logDir.resolve("serve-gc.log");
    Files.deleteIfExists(gcLog);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:gc:file=" + gcLog,
        // the jar's manifest allows Lucene's native calls; on a plain class path it is said here
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"),
        // as `java -jar` starts it: the launcher runs the server in a JVM of its own when the jar has an AOT cache
        "wjw.cli.Launcher", "serve",
        "--index", indexDir.toString(), "--seeds", seedsDir.toString(),
        "--host", "127.0.0.1", "--port", Integer.toString(port)));
    command.addAll(backendArgs);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probePath))
        .timeout(Duration.ofSeconds(30)).GET().build();
    warmUp(client);
    settle();
    long launched = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("WJW_ADMIN_TOKEN");
    if (adminToken != null) {
      builder.environment().put("WJW_ADMIN_TOKEN", adminToken);
    }
    Process process = builder.start();
    ServeProcess serve = null;
    try {
      long deadline = launched + START_TIMEOUT.toNanos();
      while (true) {
        if (!process.isAlive()) {
          throw new IOException("serve exited with " + process.exitValue() + " before answering; see " + log);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("serve did not answer within " + START_TIMEOUT.toSeconds() + " s; see " + log);
        }
        // Knocks with a bare connect and asks only once the port is open: a refused HttpClient request every
        // 5 ms cost this JVM 0.3-0.45 s of CPU a second, on two cores taken from the start being timed.
        if (!listening(port)) {
          Thread.sleep(PROBE_PAUSE_MILLIS);
          continue;
        }
        HttpResponse<Void> r = client.send(probe, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          break;
        }
        throw new IOException("serve answered the first search with " + r.statusCode() + "; see " + log);
      }
      serve = new ServeProcess(process, port, gcLog, log, (System.nanoTime() - launched) / 1e9);
      return serve;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for serve", e);
    } finally {
      if (serve == null) {
        stop(process);
      }
    }
  }

  /**
   * Loads and runs the client's code once before the launch is timed, against a port nobody listens on: on two cores
   * its first use would otherwise take CPU from the server's start and count against it.
   */
  private static void warmUp(HttpClient client) throws IOException {
    listening(freePort());
    HttpRequest nowhere = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + freePort() + "/")).GET().build();
    try {
      client.send(nowhere, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      // expected: nothing listens there (connection refused)
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Lets this JVM go quiet before a start is timed: a collection now, and a moment for its compiler threads to finish
   * what the measurement before queued (seen: starts 0.5–0.7 s slower right after the in-process searches than by hand).
   */
  private static void settle() {
    System.gc();
    try {
      Thread.sleep(SETTLE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  int port() {
    return port;
  }

  double startupSeconds() {
    return startupSeconds;
  }

  /**
   * Live heap: forces a full collection with {@code jcmd <pid> GC.run} (from this JVM's JDK) and
   * reads the heap size after it from the child's GC log; null when jcmd is not available.
   */
  Long heapAfterGc() throws IOException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return null;
    }
    // Called once per soak row: only a collection logged after this call's jcmd is an answer.
    int before = fullGcs().size();
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(server().pid()), "GC.run")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return null;
      }
      // the log line is written by the collecting thread; give it a moment to reach the file
      for (int attempt = 0; attempt < 50; attempt++) {
        List<Long> after = fullGcs();
        if (after.size() > before) {
          return after.get(after.size() - 1);
        }
        Thread.sleep(20);
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Heap after each forced full collection in the child's GC log, oldest first. */
  private List<Long> fullGcs() throws IOException {
    List<Long> after = new ArrayList<>();
    if (!Files.exists(gcLog)) {
      return after;
    }
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher m = FULL_GC.matcher(line);
      if (m.find()) {
        after.add(bytes(Long.parseLong(m.group(3)), m.group(4)));
      }
    }
    return after;
  }

  private static long bytes(long n, String unit) {
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }

  /**
   * The JVM that serves: the one the launcher started, or the launched process itself when it runs the server (no AOT
   * cache, or a class path of folders).
   */
  private ProcessHandle server() {
    return process.toHandle().children().findFirst().orElse(process.toHandle());
  }

  /**
   * Anonymous resident memory (heap, metaspace, thread stacks, malloc) from /proc, of the server and of the launcher
   * waiting for it: both are what serving costs; null off Linux.
   */
  Long rssAnon() throws IOException {
    Long total = null;
    for (ProcessHandle p : Stream.concat(Stream.of(process.toHandle()), process.toHandle().children()).toList()) {
      Long own = rssAnon(p.pid());
      total = own == null ? total : (total == null ? 0 : total) + own;
    }
    return total;
  }

  private static Long rssAnon(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.isReadable(status)) {
      return null;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith("RssAnon:")) {
        String[] parts = line.substring("RssAnon:".length()).trim().split("\\s+");
        return Long.parseLong(parts[0]) * 1024; // always kB
      }
    }
    return null;
  }

  /** Open file descriptors (files, sockets, pipes) from /proc/PID/fd; null off Linux. */
  Long openFiles() throws IOException {
    Path fds = Path.of("/proc", Long.toString(server().pid()), "fd");
    if (!Files.isDirectory(fds)) {
      return null;
    }
    try (Stream<Path> list = Files.list(fds)) {
      return list.count();
    }
  }

  /**
   * Distinct files under {@code dir} mapped into memory (/proc/PID/maps): Lucene maps its index
   * files instead of keeping them open, so a reader that is never closed shows here, not in
   * {@link #openFiles()}; null off Linux.
   */
  Long mappedFiles(Path dir) throws IOException {
    Path maps = Path.of("/proc", Long.toString(server().pid()), "maps");
    if (!Files.isReadable(maps)) {
      return null;
    }
    String prefix = dir.toAbsolutePath().normalize().toString() + "/";
    try (Stream<String> lines = Files.lines(maps, StandardCharsets.UTF_8)) {
      return lines.map(l -> l.indexOf('/') < 0 ? "" : l.substring(l.indexOf('/')))
          .filter(path -> path.startsWith(prefix)).distinct().count();
    }
  }

  Path log() {
    return log;
  }

  /** SIGTERM (serve finishes requests in flight and closes the index), then waits. */
  @Override
  public void close() {
    stop(process);
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Whether something accepts connections on the loopback {@code port}; the connection is closed at once. */
  private static boolean listening(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (ConnectException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
