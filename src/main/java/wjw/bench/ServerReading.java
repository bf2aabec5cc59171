package wjw.bench;

/**
 * The server's state at one moment of the soak: live heap after a forced full GC, open file
 * descriptors, mapped index files, and whether a reindex was running then (its writer's buffers and
 * files would count, so such a reading is shown but not compared).
 *
 * @param heapAfterGcBytes null when jcmd is missing
 * @param openFiles null off Linux
 * @param mappedIndexFiles null off Linux
 */
public record ServerReading(double atSeconds, boolean duringReindex, Long heapAfterGcBytes, Long openFiles,
    Long mappedIndexFiles) {

  static ServerReading read(ServeProcess serve, java.nio.file.Path indexDir, double atSeconds, boolean duringReindex)
      throws java.io.IOException {
    // the quick counts first, the forced GC (a JVM attach) after
    Long openFiles = serve.openFiles();
    Long mapped = serve.mappedFiles(indexDir);
    return new ServerReading(atSeconds, duringReindex, serve.heapAfterGc(), openFiles, mapped);
  }
}
