package wjw.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of this JVM while open: heap used sampled every 100 ms (includes garbage not yet
 * collected, so it grows with -Xmx), and heap used right after each collection (what the work
 * really keeps alive), from the GC notifications.
 */
final class HeapSampler implements AutoCloseable {
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Thread sampler;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private volatile boolean running = true;

  HeapSampler() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler = Thread.ofPlatform().daemon().name("bench-heap-sampler").start(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  private void sample() {
    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
  }

  private void onGc(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long after = 0;
    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (isHeapPool(pool.getKey())) {
        after += pool.getValue().getUsed();
      }
    }
    peakAfterGc.accumulateAndGet(after, Math::max);
  }

  private static boolean isHeapPool(String name) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .anyMatch(p -> p.getName().equals(name) && p.getType() == java.lang.management.MemoryType.HEAP);
  }

  /** Highest sampled heap used, bytes. */
  long peakUsed() {
    sample();
    return peakUsed.get();
  }

  /**
   * Highest heap used after a collection, bytes; when no collection happened while open, the
   * sampled peak (all of it may have been live).
   */
  long peakAfterGc() {
    long after = peakAfterGc.get();
    return after > 0 ? after : peakUsed();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to undo
      }
    }
  }
}
