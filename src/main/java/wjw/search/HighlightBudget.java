package wjw.search;

import java.io.IOException;
import java.util.List;

/**
 * Highlights the hits of one page in order while the request's {@link Deadline} leaves time for another
 * (twice the slowest so far; before the first, a guess of the limit divided by {@value #FIRST_HIGHLIGHT_GUESS}).
 * Once it does not, this and every later hit show their opening sentence unmarked. One per page.
 */
final class HighlightBudget {
  /** Before any hit is highlighted, one is guessed to take the time limit divided by this (100 ms of 5 s). */
  static final int FIRST_HIGHLIGHT_GUESS = 50;

  /** One hit's highlighting. */
  @FunctionalInterface
  interface Highlight {
    List<String> passages() throws IOException;
  }

  private final Deadline deadline;
  private long slowest;
  private int shown;
  private int highlighted;

  HighlightBudget(Deadline deadline) {
    this.deadline = deadline;
    this.slowest = deadline.limit().toNanos() / FIRST_HIGHLIGHT_GUESS;
  }

  /** The next hit's passages: {@code highlight}'s while there is time, else the opening sentence of {@code text}. */
  List<String> next(String text, Highlight highlight) throws IOException {
    if (deadline.cancelled()) {
      throw SearchStoppedException.clientGone("highlighting", deadline.elapsedMillis());
    }
    shown++;
    if (highlighted < shown - 1 || deadline.remainingNanos() <= 2 * slowest) {
      return Passages.opening(text);
    }
    long started = System.nanoTime();
    List<String> passages = highlight.passages();
    slowest = Math.max(slowest, System.nanoTime() - started);
    highlighted++;
    return passages;
  }

  /** How many hits were highlighted: all of the page unless the time ran short. */
  int highlighted() {
    return highlighted;
  }
}
