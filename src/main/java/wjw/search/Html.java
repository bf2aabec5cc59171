package wjw.search;

/** HTML escaping for text placed between tags or in attribute values. */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(s, 0, s.length(), sb);
    return sb.toString();
  }

  static void escape(String s, int from, int to, StringBuilder sb) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }
}
