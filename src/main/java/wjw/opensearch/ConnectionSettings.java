package wjw.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the OpenSearch cluster is and how to reach it: its URL, an optional user, an optional CA
 * certificate to trust for HTTPS. The password is deliberately no component of this record (so it is
 * in no {@code toString}, log line or command line): it is read from {@value #PASSWORD_ENV} when the
 * client is built.
 */
public record ConnectionSettings(URI url, Optional<String> user, Optional<Path> trustedCa) {

  /** The environment variable that holds the password of {@link #user}. */
  public static final String PASSWORD_ENV = "WJW_OPENSEARCH_PASSWORD";

  public ConnectionSettings {
    String scheme = url.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("OpenSearch URL '" + url + "' must start with http:// or https://");
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException("OpenSearch URL '" + url + "' names no host");
    }
    if (url.getRawUserInfo() != null) {
      throw new IllegalArgumentException("OpenSearch URL must not contain a user or password; give the user as an"
          + " option and the password in the environment variable " + PASSWORD_ENV);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("OpenSearch URL '" + url + "' must not have a query or fragment");
    }
    user = user.filter(name -> !name.isBlank());
    if (trustedCa.isPresent()) {
      if (!"https".equals(scheme)) {
        throw new IllegalArgumentException("a CA certificate to trust (" + trustedCa.get()
            + ") only makes sense with an https:// OpenSearch URL, not '" + url + "'");
      }
      if (!Files.isReadable(trustedCa.get())) {
        throw new IllegalArgumentException("CA certificate " + trustedCa.get() + " is not a readable file");
      }
    }
  }

  /** Settings from command-line text: {@code user} and {@code trustedCa} may be null. */
  public static ConnectionSettings of(String url, String user, Path trustedCa) {
    if (!url.contains("://")) {
      throw new IllegalArgumentException("OpenSearch URL '" + url + "' must start with http:// or https://");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("OpenSearch URL '" + url + "' is not a URL: " + e.getReason());
    }
    return new ConnectionSettings(uri, Optional.ofNullable(user), Optional.ofNullable(trustedCa));
  }

  /** Plain settings for a cluster without security, such as the one tools/opensearch.sh starts. */
  public static ConnectionSettings of(String url) {
    return of(url, null, null);
  }

  /** The path the cluster's API is under, "" at the root ({@code https://host/opensearch} gives "/opensearch"). */
  public String pathPrefix() {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The port the URL names, or the scheme's default. */
  public int port() {
    return url.getPort() >= 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
  }

  /** The password of {@link #user} from {@code environment}; a user without one is an error that names the variable. */
  String password(Map<String, String> environment) {
    String password = environment.get(PASSWORD_ENV);
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("OpenSearch user '" + user.orElse("") + "' needs a password in the"
          + " environment variable " + PASSWORD_ENV + " (it is never taken from the command line)");
    }
    return password;
  }
}
