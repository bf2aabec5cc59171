package wjw.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Admin-only endpoints: 404 when the server has no token, 403 unless the Bearer token matches. */
final class AdminGuard {
  private final byte[] token;

  AdminGuard(String token) {
    this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  boolean enabled() {
    return token != null;
  }

  void check(Context ctx) {
    if (token == null) {
      // Without a token the endpoint does not exist, so say nothing about admin features.
      throw ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path());
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      throw new ApiException(403, "forbidden", "admin token required: send Authorization: Bearer <token>");
    }
    byte[] sent = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    // Constant time, so response timing does not reveal how much of the token was right. The sent
    // bytes go first: isEqual's running time follows its first argument, so it does not reveal the
    // token's length either.
    if (!MessageDigest.isEqual(sent, token)) {
      throw new ApiException(403, "forbidden", "wrong admin token");
    }
  }
}
