package wjw.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the percent-encoding of a raw query string before any parameter is read: Jetty reads
 * {@code q=%} or {@code q=%zz} as an empty or mangled value, which turned a typo into a search of
 * everything. Each {@code %} must start two hex digits, and the decoded bytes must be UTF-8.
 */
final class QueryString {
  private QueryString() {}

  /** Throws a 400 naming the first parameter whose encoding is malformed; null and empty are fine. */
  static void check(String raw) {
    if (raw == null || raw.indexOf('%') < 0) {
      return;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      String problem = problem(name);
      if (problem != null) {
        throw ApiException.badParameter(shown(name), "the parameter name has " + problem);
      }
      problem = problem(value);
      if (problem != null) {
        throw ApiException.badParameter(shown(name), problem + "; write a literal % as %25");
      }
    }
  }

  /** What is wrong with one percent-encoded component, or null. */
  private static String problem(String encoded) {
    ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 3);
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c != '%') {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= encoded.length() || !hex(encoded, i + 1) || !hex(encoded, i + 2)) {
        String seen = encoded.substring(i, Math.min(encoded.length(), i + 3));
        return "malformed percent-encoding '" + seen + "' at character " + (i + 1) + " (% must start two hex digits)";
      }
      bytes.put((byte) Integer.parseInt(encoded, i + 1, i + 3, 16));
      i += 2;
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
      return null;
    } catch (CharacterCodingException e) {
      return "percent-encoded bytes that are not UTF-8";
    }
  }

  private static boolean hex(String s, int at) {
    return Character.digit(s.charAt(at), 16) >= 0;
  }

  /** The parameter's name as the client meant it, or as sent when that cannot be decoded either. */
  private static String shown(String name) {
    if (problem(name) != null) {
      return name.length() <= 40 ? name : name.substring(0, 40) + "…";
    }
    return java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
  }
}
