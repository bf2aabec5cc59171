package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Connection settings refuse what cannot work, with the reason, and never hold the password. */
class ConnectionSettingsTest {

  @Test
  void aPlainUrlGivesHostPortAndNoPrefix() {
    ConnectionSettings settings = ConnectionSettings.of(" http://127.0.0.1:9200 ");
    assertEquals(9200, settings.port());
    assertEquals("", settings.pathPrefix());
    assertEquals(Optional.empty(), settings.user());
    assertEquals(443, ConnectionSettings.of("https://search.example/opensearch/").port());
    assertEquals("/opensearch", ConnectionSettings.of("https://search.example/opensearch/").pathPrefix());
  }

  @Test
  void badUrlsAreRefusedWithTheReason() {
    assertRefused("ftp://127.0.0.1", "must start with http:// or https://");
    assertRefused("127.0.0.1:9200", "must start with http:// or https://");
    assertRefused("http://", "not a URL");
    assertRefused("http://127.0.0.1:9200/?pretty", "must not have a query");
    assertRefused("http://admin:secret@127.0.0.1:9200", "must not contain a user or password");
  }

  @Test
  void aPasswordInTheUrlIsNeverRepeatedInTheError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConnectionSettings.of("https://admin:Secret-42@127.0.0.1:9200"));
    assertFalse(e.getMessage().contains("Secret-42"), e.getMessage());
    assertTrue(e.getMessage().contains(ConnectionSettings.PASSWORD_ENV), e.getMessage());
  }

  @Test
  void aCaFileNeedsHttpsAndMustBeReadable() {
    IllegalArgumentException http = assertThrows(IllegalArgumentException.class,
        () -> ConnectionSettings.of("http://127.0.0.1:9200", null, Path.of("pom.xml")));
    assertTrue(http.getMessage().contains("https://"), http.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ConnectionSettings.of("https://127.0.0.1:9200", null, Path.of("no-such-ca.pem")));
    assertTrue(missing.getMessage().contains("no-such-ca.pem is not a readable file"), missing.getMessage());
    IllegalArgumentException notPem = assertThrows(IllegalArgumentException.class,
        () -> ClusterConnection.open(ConnectionSettings.of("https://127.0.0.1:9200", null, Path.of("pom.xml")), Map.of()));
    assertTrue(notPem.getMessage().contains("pom.xml is not a PEM certificate"), notPem.getMessage());
  }

  @Test
  void thePasswordComesOnlyFromTheEnvironmentAndIsInNoToString() {
    ConnectionSettings settings = ConnectionSettings.of("https://127.0.0.1:9200", "reader", null);
    String password = settings.password(Map.of(ConnectionSettings.PASSWORD_ENV, "Secret-42"));
    assertEquals("Secret-42", password);
    assertFalse(settings.toString().contains("Secret-42"));
    assertEquals(Optional.empty(), ConnectionSettings.of("http://127.0.0.1:9200", " ", null).user(),
        "a blank user is no user");
  }

  private static void assertRefused(String url, String reason) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.of(url));
    assertTrue(e.getMessage().contains(reason), url + ": " + e.getMessage());
  }
}
