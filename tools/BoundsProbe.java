import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hostile- and clumsy-client probes of issue 11, rerun against a running {@code wjw-search serve}:
 * floods of costly queries, abandoned requests, slow bodies, dribbled headers, and the query
 * semantics cases. Prints one line of figures per probe and a verdict on the promises. JDK only,
 * run as a source file:
 *
 * <pre>
 *   java tools/BoundsProbe.java --port 7070 --pid $(pgrep -n -f 'wjw-search.jar serve') \
 *       --corpus /tmp/bounds-corpus --search-timeout-ms 5000 [--seconds 60] [--only floods,abandoned,…]
 * </pre>
 *
 * The server must listen on 127.0.0.1. Attackers and normal users get loopback addresses of their
 * own (127.0.0.1 for single-address attacks, 127.0.0.2 for the normal user, 127.0.1.x for floods),
 * so the per-address connection cap applies to each as it would to separate machines.
 */
public final class BoundsProbe {
  static int port;
  static int pid;
  static long timeoutMs;
  static int seconds = 60;
  static List<String> only = List.of("semantics", "floods", "abandoned", "bodies", "headers");
  static final InetAddress ATTACKER = address("127.0.0.1");
  static final InetAddress VISITOR = address("127.0.0.2");
  /** Every search answer's time, for the one promise over all of them: within the search timeout + 1 s. */
  static final ConcurrentLinkedQueue<Long> SEARCH_MILLIS = new ConcurrentLinkedQueue<>();
  static final List<String> NORMAL = List.of("托育", "医共体", "健康中国", "紧密型县域医共体", "人工智能", "托育 医共体",
      "中医药 传承", "\"公共卫生\"", "基层 医疗", "year:2024 托育", "province:北京 健康", "医养结合 OR 托育");
  static final Map<String, Boolean> VERDICT = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    Path corpus = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--pid" -> pid = Integer.parseInt(args[i + 1]);
        case "--corpus" -> corpus = Path.of(args[i + 1]);
        case "--search-timeout-ms" -> timeoutMs = Long.parseLong(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--only" -> only = List.of(args[i + 1].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (port == 0 || pid == 0 || corpus == null || timeoutMs == 0) {
      throw new IllegalArgumentException("--port, --pid, --corpus and --search-timeout-ms are required");
    }
    System.out.printf("probing 127.0.0.1:%d (pid %d), search timeout %d ms, %d CPUs, load %s%n", port, pid, timeoutMs,
        Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
    if (only.contains("semantics")) {
      semantics();
    }
    Map<String, String> floods = floods(corpus);
    String worst = singleFloods(floods);
    if (only.contains("floods")) {
      underFloods(floods.get(worst), worst);
    }
    if (only.contains("abandoned")) {
      abandoned(floods.get(worst));
    }
    if (only.contains("bodies")) {
      slowBodies();
    }
    if (only.contains("headers")) {
      dribbledHeaders();
    }
    List<Long> all = new ArrayList<>(SEARCH_MILLIS);
    Collections.sort(all);
    long max = all.isEmpty() ? 0 : all.get(all.size() - 1);
    System.out.printf("all %d search answers of this run: max %d ms (search timeout %d ms + 1 s = %d ms)%n", all.size(),
        max, timeoutMs, timeoutMs + 1000);
    VERDICT.put("every search answered within the search timeout + 1 s", max <= timeoutMs + 1000);
    System.out.println();
    VERDICT.forEach((what, ok) -> System.out.println((ok ? "ok    " : "FAIL  ") + what));
    System.exit(VERDICT.values().stream().allMatch(b -> b) ? 0 : 1);
  }

  // ---- the probes ----

  static void semantics() throws IOException {
    Reply plain = search(VISITOR, "托育", 100);
    Reply punctuated = search(VISITOR, "托育 ，", 100);
    boolean same = plain.json("total").equals(punctuated.json("total")) && ids(plain).equals(ids(punctuated));
    System.out.printf("托育: %s hits; 托育 ，: %s hits, same ids in the same order: %s, ignored clauses %s%n",
        plain.json("total"), punctuated.json("total"), same, punctuated.raw("ignored_clauses"));
    VERDICT.put("托育 ， = 托育", same && !"0".equals(plain.json("total")));
    Reply fuzzy = search(VISITOR, "ab~2", 100);
    List<String> marks = marks(fuzzy);
    boolean noHan = marks.stream().noneMatch(BoundsProbe::hasHan);
    System.out.printf("ab~2: %s hits, marked %s%n", fuzzy.json("total"), marks.stream().distinct().limit(10).toList());
    VERDICT.put("ab~2 matches no Han text", noHan && "0".equals(fuzzy.json("total")));
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("/api/search?q=%", 400);
    expected.put("/api/search?q=%zz", 400);
    expected.put("/.hidden", 404);
    boolean refusals = true;
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      Reply r = get(VISITOR, e.getKey(), List.of());
      System.out.printf("%s: %d %s%n", e.getKey(), r.status, r.raw("reason"));
      refusals &= r.status == e.getValue();
    }
    Reply override = get(VISITOR, "/api/reindex", List.of("X-HTTP-Method-Override: POST"));
    Reply version = raw(VISITOR, "GET /api/health HTTP/3.0\r\nHost: 127.0.0.1\r\n\r\n");
    System.out.printf("GET /api/reindex with X-HTTP-Method-Override: POST: %d; HTTP/3.0: %d %s; JSON type: %s%n",
        override.status, version.status, version.raw("type"), plain.headers.get("content-type"));
    refusals &= override.status == 405 && version.status == 505 && "http_version_not_supported".equals(version.raw("type"))
        && plain.headers.getOrDefault("content-type", "").replace(" ", "").equalsIgnoreCase("application/json;charset=utf-8");
    VERDICT.put("q=% and q=%zz are 400, no dotfiles, no method override, 505 typed, JSON with charset", refusals);
  }

  /** Candidate worst cases: the cost of each is different work (scoring, positions, highlighting, sorting deep). */
  static Map<String, String> floods(Path corpus) throws IOException {
    Map<Integer, Long> frequency = new TreeMap<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.limit(2_000).toList()) {
        Files.readString(file).codePoints().filter(BoundsProbe::isHan).forEach(c -> frequency.merge(c, 1L, Long::sum));
      }
    }
    List<String> common = frequency.entrySet().stream().sorted(Map.Entry.<Integer, Long>comparingByValue().reversed())
        .map(e -> Character.toString(e.getKey())).toList();
    Map<String, String> floods = new LinkedHashMap<>();
    StringBuilder fuzzy = new StringBuilder();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        fuzzy.append(a).append(b).append("~ ");
      }
    }
    floods.put("250 two-letter fuzzy words (aa~ ab~ …)", fuzzy.substring(0, 999));
    floods.put("200 common characters OR'ed", String.join(" OR ", common.subList(0, 200)));
    StringBuilder sloppy = new StringBuilder();
    for (int i = 0; i + 1 < 120 && sloppy.length() < 960; i += 2) {
      sloppy.append(sloppy.isEmpty() ? "" : " OR ").append('"').append(common.get(i)).append(' ')
          .append(common.get(i + 1)).append("\"~50");
    }
    floods.put("60 sloppy phrases of common characters OR'ed", sloppy.toString());
    StringBuilder wildcards = new StringBuilder();
    for (String p : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "g", "h", "i", "m", "n",
        "p", "s", "t")) {
      wildcards.append(p).append("* OR ");
    }
    floods.put("wildcards OR'ed with common characters", wildcards + String.join(" OR ", common.subList(0, 150)));
    floods.put("a 1,000-character run of common characters", String.join("", common.subList(0, 50)).repeat(20));
    return floods;
  }

  /** Each flood alone at 100 hits a page; returns the name of the slowest. */
  static String singleFloods(Map<String, String> floods) throws IOException {
    String worst = null;
    long worstMillis = -1;
    for (Map.Entry<String, String> flood : floods.entrySet()) {
      for (int size : new int[] {10, 100}) {
        Reply r = search(ATTACKER, flood.getValue(), size);
        System.out.printf("flood \"%s\", size %d: %d in %d ms, total %s, partial %s%s%n", flood.getKey(), size, r.status,
            r.millis, r.json("total"), r.json("partial"), r.raw("partial_reason") == null ? "" : " (" + r.raw("partial_reason") + ")");
        if (size == 100 && r.millis > worstMillis) {
          worstMillis = r.millis;
          worst = flood.getKey();
        }
      }
    }
    System.out.printf("worst-case flood: \"%s\" (%d ms alone)%n", worst, worstMillis);
    return worst;
  }

  /** 8 clients sending the worst flood back to back, one normal user searching meanwhile. */
  static void underFloods(String flood, String name) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<List<Reply>>> floods = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      InetAddress from = address("127.0.1." + (i + 1));
      floods.add(pool.submit(() -> {
        List<Reply> replies = new ArrayList<>();
        while (System.nanoTime() < until) {
          replies.add(search(from, flood, 100));
        }
        return replies;
      }));
    }
    List<Reply> normal = new ArrayList<>();
    Thread.sleep(2_000); // the floods are under way
    for (int i = 0; System.nanoTime() < until; i++) {
      normal.add(search(VISITOR, NORMAL.get(i % NORMAL.size()), 10));
    }
    List<Reply> flooded = new ArrayList<>();
    for (Future<List<Reply>> f : floods) {
      flooded.addAll(f.get());
    }
    pool.shutdown();
    long floodPartial = flooded.stream().filter(r -> "true".equals(r.json("partial"))).count();
    long normalPartial = normal.stream().filter(r -> "true".equals(r.json("partial"))).count();
    long errors = Stream.concat(normal.stream(), flooded.stream()).filter(r -> r.status != 200).count();
    System.out.printf("under 8 concurrent floods (\"%s\", size 100) for %d s: %d normal searches, p50 %d ms, p99 %d ms,"
        + " max %d ms, %d partial; %d floods answered, p50 %d ms, max %d ms, %d partial; %d errors%n", name, seconds,
        normal.size(), percentile(normal, 50), percentile(normal, 99), percentile(normal, 100), normalPartial,
        flooded.size(), percentile(flooded, 50), percentile(flooded, 100), floodPartial, errors);
    VERDICT.put("normal searches stay answered under 8 concurrent worst-case floods", errors == 0 && !normal.isEmpty());
  }

  /**
   * Abandoned requests: one, watching the server's CPU; then 70 at once, watching a normal user. The
   * CPU is read for the whole process and for the threads that do requests' work (Jetty's pool and
   * the search slices): the JIT compiler and the garbage collector go on a little after any burst.
   */
  static void abandoned(String flood) throws Exception {
    Thread.sleep(2_000); // let the server settle
    double[] idle = cpuRate(1_000);
    Socket socket = send(ATTACKER, "GET " + searchTarget(flood, 100) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    double[] busy = cpuRate(1_000);
    socket.close();
    long closed = System.nanoTime();
    List<String> after = new ArrayList<>();
    long stoppedAt = -1;
    for (int i = 0; i < 12; i++) {
      double[] rate = cpuRate(250);
      long at = (System.nanoTime() - closed) / 1_000_000;
      after.add(String.format("%d ms: %.2f/%.2f", at, rate[1], rate[0]));
      if (stoppedAt < 0 && rate[1] <= 0.05) {
        stoppedAt = at; // at most this long after the close: the first reading of idle request threads ends here
      }
    }
    System.out.printf("abandoned after 1 s: request threads/whole process %.2f/%.2f cores idle, %.2f/%.2f cores while"
        + " working; after closing (readings of 250 ms, request threads/whole process) %s; request threads idle"
        + " again within %d ms%n", idle[1], idle[0], busy[1], busy[0],
        after, stoppedAt);
    VERDICT.put("an abandoned request's CPU stops within a second", stoppedAt >= 0 && stoppedAt < 1_000);

    List<Socket> many = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      many.add(send(address("127.0.2." + (1 + i % 10)), "GET " + searchTarget(flood, 100) + " HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\n\r\n"));
    }
    Thread.sleep(3_000);
    for (Socket s : many) {
      s.close();
    }
    List<Reply> normal = new ArrayList<>();
    long until = System.nanoTime() + 10_000_000_000L;
    for (int i = 0; System.nanoTime() < until; i++) {
      normal.add(search(VISITOR, NORMAL.get(i % NORMAL.size()), 10));
    }
    long busy503 = normal.stream().filter(r -> r.status == 503).count();
    System.out.printf("70 floods abandoned after 3 s, then 10 s of normal searches: %d searches, %d answered 503,"
        + " p50 %d ms, max %d ms%n", normal.size(), busy503, percentile(normal, 50), percentile(normal, 100));
    VERDICT.put("70 abandoned requests do not make others wait for a slot", busy503 == 0);
  }

  /**
   * 200 connections sending POST /api/search with a 500,000-byte body at 10 bytes/s, from 10
   * addresses (20 each, under the per-address cap, so that all 200 reach the server: more than its 64 slots).
   */
  static void slowBodies() throws Exception {
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      slow.add(send(address("127.0.4." + (1 + i % 10)),
          "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500000\r\n\r\n"));
    }
    AtomicInteger dropped = new AtomicInteger();
    Thread trickle = Thread.ofVirtual().start(() -> {
      for (int k = 0; k < 20 && !Thread.currentThread().isInterrupted(); k++) {
        for (Socket s : slow) {
          try {
            s.getOutputStream().write("0123456789".getBytes(StandardCharsets.ISO_8859_1));
          } catch (IOException e) {
            // answered and closed
          }
        }
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    List<Reply> normal = new ArrayList<>();
    long until = System.nanoTime() + 20_000_000_000L;
    for (int i = 0; System.nanoTime() < until; i++) {
      normal.add(search(VISITOR, NORMAL.get(i % NORMAL.size()), 10));
    }
    trickle.interrupt();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (Socket s : slow) {
      outcomes.merge(outcomeOf(s), 1, Integer::sum);
      s.close();
    }
    long bad = normal.stream().filter(r -> r.status != 200).count();
    System.out.printf("200 slow bodies (10 bytes/s) from 10 addresses, 20 s: their answers %s; %d normal searches from"
        + " another address, p50 %d ms, max %d ms, %d not 200%n", outcomes, normal.size(), percentile(normal, 50),
        percentile(normal, 100), bad);
    VERDICT.put("slow bodies do not hold request slots (normal searches answered)", bad == 0
        && percentile(normal, 100) <= timeoutMs + 1000);
  }

  /** 700 connections each sending a header line every 0.5 s for 40 s: from one address, then from 14. */
  static void dribbledHeaders() throws Exception {
    for (int addresses : new int[] {1, 14}) {
      List<Socket> dribblers = new ArrayList<>();
      int refusedToOpen = 0;
      for (int i = 0; i < 700; i++) {
        try {
          InetAddress from = addresses == 1 ? ATTACKER : address("127.0.3." + (1 + i % addresses));
          Socket s = send(from, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
          dribblers.add(s);
        } catch (IOException e) {
          refusedToOpen++;
        }
      }
      long started = System.nanoTime();
      Map<Socket, Long> cutAt = new java.util.concurrent.ConcurrentHashMap<>();
      Thread dribble = Thread.ofVirtual().start(() -> {
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() - started < 40_000_000_000L) {
          for (Socket s : dribblers) {
            if (cutAt.containsKey(s)) {
              continue;
            }
            try {
              s.getOutputStream().write("X-Dribble: 1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
              cutAt.put(s, (System.nanoTime() - started) / 1_000_000); // the server closed it
            }
          }
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      List<Reply> normal = new ArrayList<>();
      for (int i = 0; System.nanoTime() - started < 40_000_000_000L; i++) {
        normal.add(search(VISITOR, NORMAL.get(i % NORMAL.size()), 10));
        Thread.sleep(200);
      }
      dribble.interrupt();
      Map<String, Integer> outcomes = new TreeMap<>();
      for (Socket s : dribblers) {
        outcomes.merge(outcomeOf(s), 1, Integer::sum);
        s.close();
      }
      long bad = normal.stream().filter(r -> r.status != 200).count();
      List<Long> cuts = cutAt.values().stream().sorted().toList();
      System.out.printf("700 dribbled request heads (a line every 0.5 s, 40 s) from %d address%s: %s%s; %d found closed"
          + " while writing, the last after %d ms; %d normal searches from another address, p50 %d ms, max %d ms,"
          + " %d not 200%n", addresses, addresses == 1 ? "" : "es", outcomes,
          refusedToOpen == 0 ? "" : ", " + refusedToOpen + " could not connect", cuts.size(),
          cuts.isEmpty() ? -1 : cuts.get(cuts.size() - 1), normal.size(), percentile(normal, 50),
          percentile(normal, 100), bad);
      VERDICT.put("dribbled headers from " + addresses + " address" + (addresses == 1 ? "" : "es")
          + " do not keep normal searches out", bad == 0);
      Thread.sleep(2_000);
    }
  }

  // ---- HTTP over plain sockets (each client its own loopback address) ----

  record Reply(int status, Map<String, String> headers, String body, long millis) {
    /** A top-level JSON value as written (numbers and booleans bare, strings unquoted), or null. */
    String json(String key) {
      Matcher m = Pattern.compile("\"" + key + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]+)").matcher(body);
      return m.find() ? m.group(1).replaceAll("^\"|\"$", "") : null;
    }

    String raw(String key) {
      Matcher m = Pattern.compile("\"" + key + "\":(\\[[^\\]]*\\]|\"(?:[^\"\\\\]|\\\\.)*\"|null)").matcher(body);
      return m.find() ? m.group(1).replaceAll("^\"|\"$", "") : null;
    }
  }

  static Reply search(InetAddress from, String q, int size) throws IOException {
    Reply r = get(from, searchTarget(q, size), List.of());
    SEARCH_MILLIS.add(r.millis);
    return r;
  }

  static String searchTarget(String q, int size) {
    return "/api/search?size=" + size + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  static Reply get(InetAddress from, String target, List<String> headers) throws IOException {
    StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    headers.forEach(h -> request.append(h).append("\r\n"));
    return raw(from, request.append("Connection: close\r\n\r\n").toString());
  }

  static Reply raw(InetAddress from, String request) throws IOException {
    long started = System.nanoTime();
    try (Socket socket = send(from, request)) {
      socket.setSoTimeout(120_000);
      byte[] all = socket.getInputStream().readAllBytes();
      return parse(all, (System.nanoTime() - started) / 1_000_000);
    }
  }

  static Socket send(InetAddress from, String request) throws IOException {
    Socket socket = new Socket(ATTACKER, port, from, 0);
    socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return socket;
  }

  /**
   * What the server sent on an attack connection, without waiting for more: its status line, or
   * "closed without an answer" (end of stream or reset), or "still open, no answer".
   */
  static String outcomeOf(Socket socket) {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    String end;
    try {
      socket.setSoTimeout(50);
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        got.write(buffer, 0, n);
      }
      end = "closed without an answer";
    } catch (java.net.SocketTimeoutException e) {
      end = "still open, no answer";
    } catch (IOException e) {
      end = "closed without an answer";
    }
    String answer = got.toString(StandardCharsets.ISO_8859_1);
    return answer.isEmpty() ? end : answer.substring(0, answer.indexOf("\r\n") < 0 ? answer.length() : answer.indexOf("\r\n"));
  }

  static Reply parse(byte[] raw, long millis) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Reply(0, Map.of(), text, millis);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body.getBytes(StandardCharsets.UTF_8));
    }
    return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body, millis);
  }

  static String dechunk(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < bytes.length) {
      int lineEnd = i;
      while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(bytes, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // ---- figures ----

  /**
   * The server's CPU use, in cores, over the next {@code millis}: {whole process, request threads}
   * (from /proc/PID/task/TID/stat: user + system ticks of 1/100 s; request threads are Jetty's pool
   * and the search slices, whose names the kernel keeps as "JettyServerThre…" and "wjw-search").
   */
  static double[] cpuRate(long millis) throws Exception {
    long[] ticks = cpuTicks();
    long started = System.nanoTime();
    Thread.sleep(millis);
    long[] now = cpuTicks();
    double seconds = (System.nanoTime() - started) / 1e9;
    return new double[] {(now[0] - ticks[0]) / 100.0 / seconds, (now[1] - ticks[1]) / 100.0 / seconds};
  }

  static long[] cpuTicks() throws IOException {
    long all = 0;
    long requests = 0;
    try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
          all += ticks;
          if (name.startsWith("JettyServerThre") || name.startsWith("wjw-search")) {
            requests += ticks;
          }
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
    }
    return new long[] {all, requests};
  }

  static long percentile(List<Reply> replies, int p) {
    List<Long> millis = replies.stream().map(Reply::millis).sorted().collect(Collectors.toList());
    if (millis.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
    return millis.get(Math.max(0, Math.min(millis.size() - 1, index)));
  }

  static List<String> ids(Reply r) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"score\"").matcher(r.body);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static List<String> marks(Reply r) {
    List<String> marks = new ArrayList<>();
    Matcher m = Pattern.compile("<mark>(.*?)</mark>").matcher(r.body);
    while (m.find()) {
      marks.add(m.group(1));
    }
    return marks;
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static boolean hasHan(String s) {
    return s.codePoints().anyMatch(BoundsProbe::isHan);
  }

  static InetAddress address(String a) {
    try {
      return InetAddress.getByName(a);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
