package wjw.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP over a plain socket, for requests the JDK HttpClient would not send as written: it
 * normalises paths ({@code /../}), refuses some characters and never sends half a request.
 */
final class RawHttp {
  private RawHttp() {}

  /** A parsed response; header names lower-cased, body as UTF-8, json null unless the body is JSON. */
  record Response(int status, Map<String, String> headers, String body, JsonNode json) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends {@code requestLine}, the extra header lines, Host and Connection: close; reads the whole answer. */
  static Response send(int port, String requestLine, String... headerLines) throws IOException {
    StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
    for (String h : headerLines) {
      request.append(h).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    return sendRaw(port, request.toString());
  }

  /** Sends {@code request} exactly as given (request line, headers, body) and reads the whole answer. */
  static Response sendRaw(int port, String request) throws IOException {
    return sendRaw(null, port, request);
  }

  /**
   * As {@link #sendRaw(int, String)}, from the local address {@code from} (null: any): any
   * 127.x.y.z reaches the loopback server, so a test can be several clients with addresses of their own.
   */
  static Response sendRaw(java.net.InetAddress from, int port, String request) throws IOException {
    try (Socket socket = new Socket(java.net.InetAddress.getByName("127.0.0.1"), port, from, 0)) {
      socket.setSoTimeout(20_000);
      // ISO-8859-1 writes each char as the byte it stands for: the request line goes out exactly as given
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  /**
   * Reads until the server closes the connection (returns what it sent, possibly nothing) or
   * {@code maxMillis} pass (throws SocketTimeoutException: the server kept it open).
   */
  static byte[] readUntilClosed(Socket socket, int maxMillis) throws IOException {
    socket.setSoTimeout(maxMillis);
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        got.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new SocketTimeoutException("server kept the connection open for " + maxMillis + " ms; got so far: "
          + got.toString(StandardCharsets.UTF_8));
    } catch (java.net.SocketException e) {
      // a reset is also the server dropping the connection
    }
    return got.toByteArray();
  }

  static Response parse(byte[] raw) throws IOException {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete response: \"" + text + "\"");
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    JsonNode json = null;
    String type = headers.getOrDefault("content-type", "");
    if (type.startsWith("application/json") && !body.isEmpty()) {
      // Connection: close, so no chunking for these small bodies; a bad body fails the test here
      json = HttpClientSupport.JSON.readTree(body);
    }
    return new Response(status, headers, body, json);
  }

  /** Undoes Transfer-Encoding: chunked on the UTF-8 bytes. */
  private static String dechunk(String chunked) {
    byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < bytes.length) {
      int lineEnd = i;
      while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String sizeField = new String(bytes, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = Integer.parseInt(sizeField, 16);
      if (size == 0) {
        break;
      }
      out.write(bytes, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
