package wjw.cli;

/** Turns an escaped, {@code <mark>}-ed highlight into terminal text: reverse video on a TTY, 【】 otherwise. */
final class TerminalText {
  private TerminalText() {}

  static String fromHighlight(String html, boolean ansi) {
    String open = ansi ? "\u001b[7m" : "【";
    String close = ansi ? "\u001b[0m" : "】";
    return html.replace("<mark>", open).replace("</mark>", close)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
