package wjw.cli;

import wjw.search.Html;

/** Turns an escaped, {@code <mark>}-ed highlight into terminal text: reverse video on a TTY, 【】 otherwise. */
final class TerminalText {
  private TerminalText() {}

  static String fromHighlight(String html, boolean ansi) {
    return ansi ? Html.toMarkedText(html, "\u001b[7m", "\u001b[0m") : Html.toMarkedText(html, "【", "】");
  }
}
