package wjw.opensearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A stand-in for a secured cluster, to test the client's TLS and basic auth: an HTTPS server on
 * 127.0.0.1 with a fresh self-signed certificate (made by the JDK's keytool), answering OpenSearch
 * 3.8.0's recorded responses to the start-up checks' three requests only to the right credentials.
 */
final class StubCluster implements AutoCloseable {
  static final String USER = "wjw-reader";
  static final String PASSWORD = "correct horse battery staple";

  private final HttpsServer server;
  private final Path caPem;
  private final Map<String, String> answers;
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  /** A self-signed certificate for 127.0.0.1 (keystore) and the same certificate as the CA to trust (PEM). */
  record Certificate(Path keystore, Path caPem) {
    static Certificate create(Path dir) throws IOException, InterruptedException {
      Path keystore = dir.resolve("stub.p12");
      Path caPem = dir.resolve("stub-ca.pem");
      keytool("-genkeypair", "-alias", "stub", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
          "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1,dns:localhost",
          "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
      keytool("-exportcert", "-rfc", "-alias", "stub", "-keystore", keystore.toString(), "-storetype", "PKCS12",
          "-storepass", "changeit", "-file", caPem.toString());
      return new Certificate(keystore, caPem);
    }
  }

  /** @param answers path ("/", "/_cluster/health", "/_nodes/plugins", "/_cluster/settings") to JSON body; see {@link #recordedAnswers} */
  StubCluster(Certificate certificate, Map<String, String> answers) throws IOException, GeneralSecurityException {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(certificate.keystore())) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, "changeit".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), null, null);
    this.caPem = certificate.caPem();
    this.answers = answers;
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/", this::answer);
    server.start();
  }

  static String recorded(String name) {
    try (InputStream in = StubCluster.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> recordedAnswers() {
    return Map.of("/", recorded("info.json"), "/_cluster/health", recorded("health.json"),
        "/_nodes/plugins", recorded("nodes-plugins.json"), "/_cluster/settings", recorded("cluster-settings.json"));
  }

  String url() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  Path caPem() {
    return caPem;
  }

  private void answer(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    if (authorization != null) {
      authorizations.add(authorization);
    }
    String body = answers.get(exchange.getRequestURI().getPath());
    int status = 200;
    if (!expected.equals(authorization)) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
      status = 401;
      body = "Unauthorized";
    } else if (body == null) {
      status = 404;
      body = "{\"error\":\"no such stub path " + exchange.getRequestURI().getPath() + "\",\"status\":404}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", status == 401 ? "text/plain" : "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    List<String> command = new java.util.ArrayList<>(List.of(java.resolveSibling("keytool").toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
