package wjw.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reindex (or clean-up) at a time per index folder, across processes: an OS lock on
 * {@code reindex.lock}. The OS drops the lock when its process dies, even by {@code kill -9}, so the
 * file a killed reindex leaves behind blocks nothing; it only tells a refused reindex who holds the lock.
 */
final class ReindexLock implements java.io.Closeable {
  static final String FILE = "reindex.lock";
  private static final Pattern HOLDER = Pattern.compile("pid=(\\d+) started=(\\S+)");

  // Locks belong to the process, and on Linux closing any descriptor of the file — even one opened
  // only to read it — drops the process's lock. So this JVM never opens the file while it holds the
  // lock: a second attempt is refused here, and the holder's note is kept here too. Key: real path.
  private static final Map<Path, String> HELD = new ConcurrentHashMap<>();
  private static final String READING = "";

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private ReindexLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of an existing index folder, or says who holds it. */
  static ReindexLock acquire(Path root) throws IOException, ReindexInProgressException {
    Optional<ReindexLock> lock = tryAcquire(root);
    if (lock.isEmpty()) {
      throw new ReindexInProgressException("another reindex is running (" + holder(root)
          + "); try again when it has finished");
    }
    return lock.get();
  }

  /** Takes the lock of an existing index folder if nobody holds it. */
  static Optional<ReindexLock> tryAcquire(Path root) throws IOException {
    Path key = root.toRealPath();
    String note = "pid=" + ProcessHandle.current().pid() + " started=" + Instant.now() + "\n";
    if (HELD.putIfAbsent(key, note) != null) {
      return Optional.empty();
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        HELD.remove(key);
        return Optional.empty();
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
      return Optional.of(new ReindexLock(key, channel, lock));
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      HELD.remove(key);
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // locked in this JVM by code other than this class
    }
  }

  /**
   * Who holds the lock, from what the holder wrote into the file; a dead holder's note is not believed.
   * No path: the message also goes out in HTTP answers.
   */
  private static String holder(Path root) {
    try {
      Path key = root.toRealPath();
      // Never read the file while this JVM holds the lock (closing what was read would drop it): the
      // slot is taken for the read, so no thread of this JVM can take the lock meanwhile.
      String note = HELD.putIfAbsent(key, READING);
      if (note == null) {
        try {
          note = Files.readString(root.resolve(FILE), StandardCharsets.UTF_8);
        } finally {
          HELD.remove(key, READING);
        }
      }
      Matcher m = HOLDER.matcher(note);
      if (m.find()) {
        long pid = Long.parseLong(m.group(1));
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (alive) {
          String self = pid == ProcessHandle.current().pid() ? " (this process)" : "";
          return "pid " + pid + self + ", started " + m.group(2);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the note is only for the message; the OS lock alone decides
    }
    return "its holder has not noted its pid yet";
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
      HELD.remove(key);
    }
  }
}
