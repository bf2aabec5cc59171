package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that hold the server by being slow (issue 11): bodies sent at a trickle, request heads
 * dribbled a line at a time, and one address opening more connections than its share. Each runs
 * against a server of its own with small limits, and a normal request from another loopback
 * address must still be answered promptly. Bounds are generous: they separate "answered" from
 * "held until the attack ends", not fast from slow.
 */
class SlowClientTest {
  static final InetAddress ATTACKER = address("127.0.0.1");
  static final InetAddress VISITOR = address("127.0.0.2");
  /** A normal request while the attack goes on must be answered within this (it was 9–10 s, then 503, or never). */
  static final long PROMPT_MILLIS = 3_000;

  private static InetAddress address(String a) {
    try {
      return InetAddress.getByName(a);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ApiServer server(HttpSettings settings) {
    return new ApiServer(new FakeSearchService(), () -> null, null, null, "127.0.0.1", 0, settings).start();
  }

  /** Opens a connection from {@code from} and sends {@code head} (no blank line: the request is unfinished). */
  static Socket open(InetAddress from, int port, String head) throws IOException {
    Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, from, 0);
    socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return socket;
  }

  /** What the server sent before closing, or null while it keeps the connection open and silent. */
  static String answerIfAny(Socket socket) throws IOException {
    socket.setSoTimeout(1);
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        got.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      return got.size() == 0 ? null : got.toString(StandardCharsets.ISO_8859_1);
    } catch (SocketException e) {
      // reset: closed
    }
    return got.toString(StandardCharsets.ISO_8859_1);
  }

  static long millisToSearch(int port) throws IOException {
    long started = System.nanoTime();
    RawHttp.Response r = RawHttp.sendRaw(VISITOR, port, "GET /api/search?q=%E6%89%98%E8%82%B2 HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertEquals(200, r.status(), r.body());
    return (System.nanoTime() - started) / 1_000_000;
  }

  @Test
  void slowBodiesAreRefusedWithoutTakingARequestSlot() throws Exception {
    // two slots; before, each slow body was drained for 5 s inside a slot and the visitor got 503
    ApiServer s = server(HttpSettings.DEFAULTS.withConcurrency(2, Duration.ofSeconds(1), 64));
    List<Socket> slow = new ArrayList<>();
    ExecutorService trickle = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < 8; i++) {
        slow.add(open(ATTACKER, s.port(), "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500000\r\n\r\n"));
      }
      Future<?> sending = trickle.submit(() -> {
        for (int k = 0; k < 100; k++) {
          for (Socket socket : slow) {
            try {
              socket.getOutputStream().write("0123456789".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
              // refused and closed: that is the point
            }
          }
          sleep(100);
        }
      });
      Thread.sleep(300);
      long millis = millisToSearch(s.port());
      assertTrue(millis < PROMPT_MILLIS, "a normal search took " + millis + " ms while bodies trickled in");
      // each slow body is answered 413 once the 2 s drain ends: 10 s is a generous bound
      long deadline = System.nanoTime() + 10_000_000_000L;
      for (Socket socket : slow) {
        String answer;
        while ((answer = answerIfAny(socket)) == null && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertTrue(answer != null && answer.startsWith("HTTP/1.1 413"), "413 for a slow body: " + answer);
        assertTrue(answer.contains("request body of 500000 bytes, at most 65536 allowed"), answer);
      }
      sending.cancel(true);
    } finally {
      trickle.shutdownNow();
      for (Socket socket : slow) {
        socket.close();
      }
      s.stop();
    }
  }

  @Test
  void dribbledHeadersAreCutAtTheHeaderDeadlineAndOneAddressGetsOnlyItsShare() throws Exception {
    // 20 connections in all, 8 per address, 1 s for a request head; the attacker opens 30
    HttpSettings settings = HttpSettings.DEFAULTS.withConcurrency(4, Duration.ofSeconds(1), 20)
        .withHeaderTimeout(Duration.ofSeconds(1)).withMaxConnectionsPerAddress(8);
    ApiServer s = server(settings);
    List<Socket> dribblers = new ArrayList<>();
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < 30; i++) {
        dribblers.add(open(ATTACKER, s.port(), "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
      }
      long started = System.nanoTime();
      int cut = 0;
      int refused = 0;
      List<Long> visitorMillis = new ArrayList<>();
      for (int round = 0; round < 40 && cut + refused < dribblers.size(); round++) {
        cut = 0;
        refused = 0;
        for (Socket socket : dribblers) {
          String answer = answerIfAny(socket);
          if (answer == null) {
            try {
              socket.getOutputStream().write("X-Dribble: 1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
              // closed between the look and the write
            }
          } else if (answer.startsWith("HTTP/1.1 408")) {
            cut++;
          } else if (answer.isEmpty()) {
            refused++;
          }
        }
        if (round % 5 == 2) {
          visitorMillis.add(millisToSearch(s.port()));
        }
        Thread.sleep(200);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      assertEquals(8, cut, "the attacker's share got 408 at the header deadline; " + refused + " closed at once");
      assertEquals(22, refused, "connections over the per-address cap are closed as they open");
      assertTrue(seconds < 8, "all dribblers gone after " + seconds + " s (header deadline 1 s)");
      assertTrue(visitorMillis.stream().allMatch(m -> m < PROMPT_MILLIS), "visitor's searches: " + visitorMillis);
      assertTrue(!visitorMillis.isEmpty());
    } finally {
      System.setErr(original);
      for (Socket socket : dribblers) {
        socket.close();
      }
      s.stop();
    }
    String lines = log.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("- - 408 request_timeout (refused before routing)"), lines);
    assertTrue(lines.contains("connection from 127.0.0.1 closed: 8 open from that address already"), lines);
  }

  @Test
  void aClientSilentMidHeadersIsLoggedAsATimeoutNotAnInternalError() throws Exception {
    ApiServer s = server(HttpSettings.DEFAULTS.withIdleTimeout(Duration.ofMillis(500)));
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      try (Socket socket = open(ATTACKER, s.port(), "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ")) {
        RawHttp.readUntilClosed(socket, 15_000);
      }
      // Jetty shuts its side at the idle timeout and fails the request once the socket is closed, on another thread
      for (int i = 0; i < 100 && !log.toString(StandardCharsets.UTF_8).contains(" 408 "); i++) {
        Thread.sleep(50);
      }
    } finally {
      System.setErr(original);
      s.stop();
    }
    String lines = log.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("- - 408 request_timeout (refused before routing)"), lines);
    assertTrue(!lines.contains("/badRequest") && !lines.contains("internal_error"), lines);
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
