package wjw.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The cache key of a passage: the first 128 bits of SHA-256 over the model id and the text, so a
 * changed paragraph, or another model, never meets an old vector (a collision is ~2^-64 likely
 * among 2^32 paragraphs).
 */
record CacheKey(byte[] bytes) {
  static final CacheKey ZERO = new CacheKey(new byte[CacheFile.KEY_BYTES]);

  static CacheKey of(String modelId, String text) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    sha.update(modelId.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    return new CacheKey(Arrays.copyOf(sha.digest(), CacheFile.KEY_BYTES));
  }

  /** The key at the start of a record. */
  static CacheKey of(byte[] record) {
    return new CacheKey(Arrays.copyOf(record, CacheFile.KEY_BYTES));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CacheKey k && Arrays.equals(bytes, k.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
