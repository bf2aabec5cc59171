package wjw.index;

/**
 * What a reindex tells as it goes, for a progress display: the number of files to read, each file
 * done (in file order), and the start of the final write once every file has been read. Called
 * from the reindex's own thread, never concurrently.
 */
public interface ReindexProgress {
  /** Says nothing. */
  ReindexProgress NONE = new ReindexProgress() {};

  /** Reading starts: {@code files} article files to read. */
  default void started(int files) {}

  /** Another file is done: {@code files} of them so far, giving {@code statements} statements in all. */
  default void fileDone(int files, long statements) {}

  /** Every file is read; what is left is writing the last buffers and publishing. */
  default void writing() {}

  /** The reindex is over, published or not: a display may clear its line. */
  default void finished() {}
}
