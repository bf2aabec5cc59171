package wjw.http;

import java.util.Map;

/** Headers sent with every response: no inline script, no MIME sniffing, no referrer leaks. */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");
}
