import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a server's start goes, per thread: starts the server's JVM on an index as the launcher would (its AOT cache,
 * -Xmx768m), knocks on the port every 5 ms, asks one search once it is open, then reads each thread's CPU from
 * /proc before stopping it. Variants (a jar and JVM options) alternate, so the machine's drift falls on all alike;
 * the means per variant are printed. Linux only (/proc). docs/performance.md quotes its figures.
 *
 * <pre>
 * java tools/StartCpu.java INDEX RUNS JAR [JVM-OPTION ...] [-- JAR [JVM-OPTION ...]] ...
 * java tools/StartCpu.java /data/i1m/index 8 target/wjw-search.jar -- target/wjw-search.jar -XX:+UseSerialGC
 * </pre>
 */
public class StartCpu {
  static final String QUERY = "/api/search?q=%E6%89%98%E8%82%B2&from=0&size=10"; // 托育, the bench's first query
  static final List<String> GROUPS = List.of("main", "requests", "C1", "C2", "gc", "other");

  record Variant(String jar, List<String> options) {}

  record Start(double seconds, Map<String, Double> cpu) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java tools/StartCpu.java INDEX RUNS JAR [JVM-OPTION ...] [-- JAR [JVM-OPTION ...]] ...");
      System.exit(2);
    }
    String index = args[0];
    int runs = Integer.parseInt(args[1]);
    List<Variant> variants = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String a : Arrays.asList(args).subList(2, args.length)) {
      if (a.equals("--")) {
        variants.add(new Variant(current.get(0), List.copyOf(current.subList(1, current.size()))));
        current.clear();
      } else {
        current.add(a);
      }
    }
    variants.add(new Variant(current.get(0), List.copyOf(current.subList(1, current.size()))));
    Map<Variant, List<Start>> starts = new LinkedHashMap<>();
    variants.forEach(v -> starts.put(v, new ArrayList<>()));
    for (int run = 0; run < runs; run++) {
      for (Variant v : variants) {
        starts.get(v).add(start(index, v));
      }
    }
    starts.forEach((v, list) -> {
      double[] s = list.stream().mapToDouble(Start::seconds).sorted().toArray();
      StringBuilder line = new StringBuilder(v.jar() + " " + String.join(" ", v.options()));
      line.append(String.format(" | first answer mean %.3f s, median %.3f s (%.2f-%.2f) | CPU s:", mean(s),
          s[s.length / 2], s[0], s[s.length - 1]));
      double total = 0;
      for (String g : GROUPS) {
        double m = list.stream().mapToDouble(x -> x.cpu().getOrDefault(g, 0.0)).average().orElse(0);
        total += m;
        line.append(String.format(" %s %.2f", g, m));
      }
      System.out.println(line.append(String.format(" total %.2f", total)));
    });
  }

  static Start start(String index, Variant v) throws Exception {
    Thread.sleep(1500);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m",
        "-XX:AOTCache=" + v.jar().replaceAll("\\.jar$", ".aot"), "-Xlog:aot=off", "--enable-native-access=ALL-UNNAMED"));
    command.addAll(v.options());
    command.addAll(List.of("-cp", v.jar(), "wjw.cli.Main", "serve", "--index", index, "--host", "127.0.0.1",
        "--port", Integer.toString(port)));
    long t0 = System.nanoTime();
    Process server = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      while (!open(port)) {
        if (!server.isAlive()) {
          throw new IOException("the server exited with " + server.exitValue() + ": " + command);
        }
        Thread.sleep(5);
      }
      HttpResponse<Void> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + QUERY)).build(),
          HttpResponse.BodyHandlers.discarding());
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (r.statusCode() != 200) {
        throw new IOException("the first search answered " + r.statusCode());
      }
      return new Start(seconds, cpuByGroup(server.pid()));
    } finally {
      server.destroyForcibly().waitFor();
    }
  }

  static boolean open(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) { // refused: not listening yet
      return false;
    }
  }

  /** User and system CPU of each live thread, in seconds, grouped by the thread's name. */
  static Map<String, Double> cpuByGroup(long pid) throws IOException {
    Map<String, Double> cpu = new LinkedHashMap<>();
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          String stat = Files.readString(task.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // USER_HZ: 100 on Linux
          cpu.merge(group(name), seconds, Double::sum);
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
    }
    return cpu;
  }

  static String group(String thread) {
    if (thread.contains("C2 Compiler")) {
      return "C2";
    }
    if (thread.contains("C1 Compiler")) {
      return "C1";
    }
    if (thread.equals("java")) {
      return "main";
    }
    if (thread.startsWith("JettyServerThre") || thread.startsWith("wjw-search")) {
      return "requests";
    }
    if (thread.contains("GC") || thread.startsWith("G1")) {
      return "gc";
    }
    return "other";
  }

  static double mean(double[] xs) {
    return Arrays.stream(xs).average().orElse(0);
  }
}
