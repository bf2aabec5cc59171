package wjw.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Applies a task to every input on a few threads and yields the results in input order, keeping at
 * most {@code window} tasks in flight so memory stays flat however many inputs there are. The
 * threads stop when the last result has been taken, a task fails, or it is closed.
 */
final class OrderedParallel<I, O> implements Iterator<O>, AutoCloseable {
  /** A task that may fail with an I/O error, reported from {@link #next()}. */
  interface Task<I, O> {
    O apply(I input) throws IOException;
  }

  private final Iterator<I> inputs;
  private final Task<I, O> task;
  private final ExecutorService pool;
  private final Deque<Future<O>> pending = new ArrayDeque<>();

  OrderedParallel(List<I> inputs, int threads, int window, Task<I, O> task) {
    this.inputs = inputs.iterator();
    this.task = task;
    this.pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "wjw-reindex");
      t.setDaemon(true);
      return t;
    });
    for (int i = 0; i < window && this.inputs.hasNext(); i++) {
      submitNext();
    }
    if (pending.isEmpty()) {
      pool.shutdown();
    }
  }

  @Override
  public boolean hasNext() {
    return !pending.isEmpty();
  }

  /** The next result in input order; an I/O failure of its task is thrown as {@link UncheckedIOException}. */
  @Override
  public O next() {
    if (pending.isEmpty()) {
      throw new NoSuchElementException();
    }
    try {
      O result = pending.removeFirst().get();
      if (inputs.hasNext()) {
        submitNext();
      } else if (pending.isEmpty()) {
        pool.shutdown();
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      throw new UncheckedIOException(new IOException("reindex interrupted", e));
    } catch (ExecutionException e) {
      pool.shutdownNow();
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new UncheckedIOException(new IOException("indexing a file failed: " + e.getCause(), e.getCause()));
    }
  }

  /** Stops the threads, cancelling tasks not yet done (a failed reindex must not keep writing). */
  @Override
  public void close() {
    pending.forEach(f -> f.cancel(true));
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void submitNext() {
    I input = inputs.next();
    pending.addLast(pool.submit(() -> task.apply(input)));
  }
}
