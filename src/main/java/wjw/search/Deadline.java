package wjw.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The one bound on a request's work: its time limit, counted from when the request arrived, and a
 * flag set when its client goes away. Expanding the query, collecting hits and facets, and
 * highlighting each check it between units of work and stop once it says so.
 */
public final class Deadline {
  private final long startNanos;
  private final long endNanos;
  private final Duration limit;
  private volatile boolean cancelled;

  private Deadline(long startNanos, Duration limit) {
    if (limit.isNegative()) {
      throw new IllegalArgumentException("a time limit must not be negative, got " + limit);
    }
    this.startNanos = startNanos;
    this.limit = limit;
    this.endNanos = startNanos + limit.toNanos();
  }

  /** A deadline {@code limit} from now. */
  public static Deadline after(Duration limit) {
    return new Deadline(System.nanoTime(), limit);
  }

  /** A deadline {@code limit} after {@code startNanos} ({@link System#nanoTime()} when the request arrived). */
  public static Deadline startingAt(long startNanos, Duration limit) {
    return new Deadline(startNanos, limit);
  }

  /** The client went away: the work stops at its next check. Safe from any thread. */
  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** True once the time limit has passed. */
  public boolean expired() {
    return System.nanoTime() - endNanos >= 0;
  }

  /** True once the work should stop, for either reason. */
  public boolean shouldStop() {
    return cancelled || expired();
  }

  /** Time left before the limit, negative once it has passed. */
  public long remainingNanos() {
    return endNanos - System.nanoTime();
  }

  public Duration limit() {
    return limit;
  }

  public long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * For the collection loop: stops once the client has gone or only {@link #PAGE_SHARE} of the limit
   * is left. That rest is for reading, highlighting and sending the page: with eight heavy queries at
   * once on two cores busy with other work, reading a hundred hits from disk took up to 0.9 s, and
   * highlighting one up to 1.8 s, after a collection that had used the limit.
   */
  QueryTimeout forCollecting() {
    long stopAt = endNanos - limit.toNanos() / PAGE_SHARE;
    return () -> cancelled || System.nanoTime() - stopAt >= 0;
  }

  /** One part in this many of the time limit is kept for reading, highlighting and sending the page. */
  static final int PAGE_SHARE = 5;

  /**
   * Time left for collecting ({@link #forCollecting}'s bound) in milliseconds, at least 1: what a backend
   * that collects elsewhere (OpenSearch's {@code timeout}) may use before the page's share of the limit.
   */
  public long collectingMillisLeft() {
    long stopAt = endNanos - limit.toNanos() / PAGE_SHARE;
    return Math.max(1, (stopAt - System.nanoTime()) / 1_000_000);
  }

  /** Why an answer is partial when the limit ran out while collecting. */
  public String cutWhileCollecting() {
    return "the search time limit (" + limit.toMillis() + " ms) ran out while collecting:"
        + " hits, total and facets cover only the part of the index searched";
  }

  /** Why an answer is partial when the limit ran out while highlighting, from hit number {@code firstUnmarked} on. */
  public String cutWhileHighlighting(int firstUnmarked) {
    return "the search time limit (" + limit.toMillis() + " ms) ran out while highlighting:"
        + " hits from number " + firstUnmarked + " on show their opening sentence, unmarked";
  }

  /**
   * For work that has nothing to show when cut short (parsing, expanding): throws a
   * {@link SearchStoppedException} naming {@code stage} once the work should stop.
   */
  public void check(String stage) {
    if (cancelled) {
      throw SearchStoppedException.clientGone(stage, elapsedMillis());
    }
    if (expired()) {
      throw SearchStoppedException.timeLimit(stage, limit, elapsedMillis());
    }
  }
}
