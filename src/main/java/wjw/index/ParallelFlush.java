package wjw.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes an IndexWriter's in-memory buffers to disk on several threads at once. Left to
 * {@link IndexWriter#commit()}, the buffers still in memory when the last document is added (up to
 * the whole RAM buffer, one per indexing thread) are flushed one after the other on the committing
 * thread: a JFR of a 100k reindex showed one core busy and the other idle for the last ~14% of the
 * run. {@link IndexWriter#flushNextBuffer()} is meant to be called from threads other than the
 * indexing ones; each call flushes one buffer, so {@code threads} callers flush up to that many at once.
 */
final class ParallelFlush {
  private ParallelFlush() {}

  static void run(IndexWriter writer, int threads) throws IOException {
    if (threads <= 1) {
      while (writer.flushNextBuffer()) {
        // one buffer per call
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "wjw-reindex-flush");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> flushers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        flushers.add(pool.submit(() -> {
          while (writer.flushNextBuffer()) {
            // one buffer per call; another thread may be flushing the next one meanwhile
          }
          return null;
        }));
      }
      for (Future<?> flusher : flushers) {
        flusher.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted while writing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io
          : new IOException("writing the index failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
