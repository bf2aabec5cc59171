package wjw.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import wjw.index.ReindexProgress;

/**
 * Shows a reindex's progress on standard error: files done of all, statements, rate and time left —
 * redrawn in place on a terminal, or as a line every {@link #LOG_EVERY_MILLIS} when standard error
 * goes to a file or a pipe (a log must not fill with redraws, nor stay silent for minutes).
 */
final class ReindexProgressBar implements ReindexProgress {
  /** How often a plain line is printed when not on a terminal. */
  static final int LOG_EVERY_MILLIS = 5_000;
  private static final int REDRAW_EVERY_MILLIS = 250;
  /** Width of a plain line: room for the bar, counts, times, rate and statements. */
  private static final int LINE_WIDTH = 150;

  private final PrintWriter err;
  private final boolean terminal;
  private ProgressBar bar;
  private long started;

  /** A display on {@code err}; redrawn in place only when {@code terminal}. */
  ReindexProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** True when this process has an interactive terminal (Java 22+ also has a console for redirected output). */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console exists only on a terminal
    }
  }

  @Override
  public void started(int files) {
    started = System.nanoTime();
    ProgressBarConsumer consumer = terminal
        ? new ConsoleProgressBarConsumer(System.err)
        : new DelegatingProgressBarConsumer(line -> {
          err.println(line.stripTrailing());
          err.flush();
        }, LINE_WIDTH);
    bar = new ProgressBarBuilder()
        .setTaskName("reindex")
        .setInitialMax(files)
        .setUnit(" files", 1)
        .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(terminal ? REDRAW_EVERY_MILLIS : LOG_EVERY_MILLIS)
        .setConsumer(consumer)
        .showSpeed()
        .build();
  }

  @Override
  public void fileDone(int files, long statements) {
    bar.stepTo(files);
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    bar.setExtraMessage(String.format(Locale.ROOT, " %,d statements, %,.0f statements/s", statements, statements / seconds));
  }

  @Override
  public void writing() {
    bar.setExtraMessage(bar.getExtraMessage() + ", writing the index");
  }

  @Override
  public void finished() {
    if (bar != null) {
      bar.close();
    }
  }
}
