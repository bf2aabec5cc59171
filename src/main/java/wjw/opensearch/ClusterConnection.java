package wjw.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The official OpenSearch client over Apache HttpClient 5, built from {@link ConnectionSettings}:
 * basic auth with the password from the environment, HTTPS trusting either the JDK's CAs or only
 * the CA certificate(s) in the given PEM file. Close it to release the connection pool.
 */
public final class ClusterConnection implements AutoCloseable {

  /** An unreachable cluster should fail start-up within seconds, not hang. */
  static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);

  /** Longest wait for one response: generous, since bulk loads and wide aggregations can be slow. */
  static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(120);

  /** Concurrent requests per node: the HTTP layer's searches plus a reindex's bulk requests. */
  static final int MAX_CONNECTIONS = 32;

  private final ConnectionSettings settings;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;

  private ClusterConnection(ConnectionSettings settings, ApacheHttpClient5Transport transport) {
    this.settings = settings;
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
  }

  /** A client for {@code settings}; the password, if a user is set, comes from {@code environment}. */
  public static ClusterConnection open(ConnectionSettings settings, Map<String, String> environment) {
    HttpHost host = new HttpHost(settings.url().getScheme(), settings.url().getHost(), settings.port());
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    settings.user().ifPresent(user -> credentials.setCredentials(new AuthScope(host),
        new UsernamePasswordCredentials(user, settings.password(environment).toCharArray())));
    SSLContext tls = settings.trustedCa().isPresent() ? trustingOnlyCa(settings) : defaultTls();
    ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
        .setMapper(new JacksonJsonpMapper())
        .setHttpClientConfigCallback(http -> http
            .setDefaultCredentialsProvider(credentials)
            .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                    .setConnectTimeout(CONNECT_TIMEOUT)
                    .setSocketTimeout(RESPONSE_TIMEOUT)
                    .build())
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .build()));
    if (!settings.pathPrefix().isEmpty()) {
      builder.setPathPrefix(settings.pathPrefix());
    }
    return new ClusterConnection(settings, builder.build());
  }

  /** A client for {@code settings}, password from this process's environment. */
  public static ClusterConnection open(ConnectionSettings settings) {
    return open(settings, System.getenv());
  }

  public OpenSearchClient client() {
    return client;
  }

  public ConnectionSettings settings() {
    return settings;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }

  private static SSLContext defaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no default TLS context", e);
    }
  }

  /** TLS that trusts exactly the certificates in the PEM file: a private cluster's own CA, nothing else. */
  private static SSLContext trustingOnlyCa(ConnectionSettings settings) {
    var file = settings.trustedCa().orElseThrow();
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("CA certificate file " + file + " holds no certificate");
      }
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int n = 0;
      for (Certificate certificate : certificates) {
        trusted.setCertificateEntry("ca-" + n++, certificate);
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("CA certificate file " + file + " is not a PEM certificate: " + e.getMessage(), e);
    }
  }
}
