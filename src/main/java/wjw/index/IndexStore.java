package wjw.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The on-disk layout of an index directory: complete generations {@code gen-*} side by side and a
 * {@code CURRENT} file naming the live one. A generation is named in CURRENT only after its Lucene
 * commit, catalog and manifest are on disk, and CURRENT is replaced by an atomic rename, so a reader
 * never sees a half-built index and a failed or killed reindex leaves the previous one live.
 */
public final class IndexStore {
  static final String CURRENT = "CURRENT";
  static final String MANIFEST = "manifest.json";
  static final String LOCK = "reindex.lock";
  private static final String PREFIX = "gen-";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter GENERATION_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final Path root;

  public IndexStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The live generation's directory, if CURRENT names a complete one. */
  public Optional<Path> current() {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
      Path generation = root.resolve(name);
      if (!name.startsWith(PREFIX) || !Files.isRegularFile(generation.resolve(MANIFEST))) {
        return Optional.empty();
      }
      return Optional.of(generation);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pointer, e);
    }
  }

  /** True when there is a complete live generation to search. */
  public boolean hasIndex() {
    return current().isPresent();
  }

  /** A fresh, empty directory for a generation being built; not live until {@link #publish}. */
  Path newGeneration() throws IOException {
    Files.createDirectories(root);
    String stamp = GENERATION_TIME.format(Instant.now());
    for (int attempt = 0; ; attempt++) {
      Path candidate = root.resolve(PREFIX + stamp + (attempt == 0 ? "" : "-" + attempt));
      try {
        return Files.createDirectory(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // two builds in one millisecond: try the next suffix
      }
    }
  }

  /** Writes the manifest into a built generation (index and catalog committed), then makes it the live one. */
  void publish(Path generation, IndexManifest manifest) throws IOException {
    writeJsonDurably(generation.resolve(MANIFEST), manifest);
    Path temp = root.resolve(CURRENT + ".tmp");
    Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
    fsync(temp);
    Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    fsync(root);
  }

  /**
   * Deletes every generation except the live one (older ones and leftovers of killed builds).
   * Readers still open on an old generation keep working: on POSIX an open file outlives its name.
   */
  void deleteStaleGenerations() throws IOException {
    Optional<Path> live = current();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path entry : entries) {
        if (live.isEmpty() || !entry.equals(live.get())) {
          deleteRecursively(entry);
        }
      }
    }
    Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
  }

  public static IndexManifest readManifest(Path generation) throws IOException {
    return JSON.readValue(generation.resolve(MANIFEST).toFile(), IndexManifest.class);
  }

  Path lockFile() {
    return root.resolve(LOCK);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static void writeJsonDurably(Path file, Object value) throws IOException {
    JSON.writeValue(file.toFile(), value);
    fsync(file);
  }

  private static void fsync(Path path) throws IOException {
    boolean dir = Files.isDirectory(path);
    try (FileChannel channel = dir ? FileChannel.open(path, StandardOpenOption.READ)
        : FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }
}
