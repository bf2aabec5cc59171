package wjw.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The on-disk layout of an index directory: complete generations {@code gen-*} side by side and a
 * {@code CURRENT} file naming the live one. A generation is named in CURRENT only after its Lucene
 * commit, catalog and manifest are on disk (fsynced, with the folder entries naming them), and CURRENT
 * is replaced by an atomic rename, so a reader never sees a half-built index and a failed or killed
 * reindex leaves the previous one live.
 */
public final class IndexStore {
  static final String CURRENT = "CURRENT";
  static final String MANIFEST = "manifest.json";
  static final String LOCK = ReindexLock.FILE;
  static final String CURRENT_TEMP = CURRENT + ".tmp";
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

  /**
   * The live generation, checked on the way: empty when there is no index yet (no CURRENT, or no
   * folder), and a {@link BrokenIndexException} saying what is wrong when there is one that cannot be
   * used. Its Lucene files are checked by opening them ({@link BrokenIndexException#unreadable}).
   */
  public Optional<Path> live() throws BrokenIndexException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new BrokenIndexException("index folder " + root + " is a file, not a folder", false);
    }
    Path pointer = root.resolve(CURRENT);
    if (!Files.exists(pointer)) {
      return Optional.empty();
    }
    String name;
    try {
      name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new BrokenIndexException("index " + root + " is broken: its CURRENT file cannot be read ("
          + e.getClass().getSimpleName() + ")", true);
    }
    if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
      throw new BrokenIndexException("index " + root + " is broken: CURRENT should name a " + PREFIX
          + "* folder but holds '" + abbreviate(name) + "'", true);
    }
    Path generation = root.resolve(name);
    if (!Files.isDirectory(generation)) {
      throw new BrokenIndexException("index " + root + " is broken: CURRENT names " + name
          + ", which does not exist", true);
    }
    if (!Files.isRegularFile(generation.resolve(MANIFEST))) {
      throw new BrokenIndexException("index " + root + " is broken: " + name + " has no " + MANIFEST, true);
    }
    return Optional.of(generation);
  }

  private static String abbreviate(String s) {
    String line = s.replaceAll("\\s+", " ");
    return line.length() <= 40 ? line : line.substring(0, 40) + "…";
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

  /**
   * Writes the manifest into a built generation (whose Lucene commit and catalog are already synced),
   * then makes it the live one. Every file and folder entry is fsynced before the rename that names it,
   * so not even a power cut can leave CURRENT naming a generation with missing parts.
   */
  void publish(Path generation, IndexManifest manifest) throws IOException {
    writeJsonDurably(generation.resolve(MANIFEST), manifest);
    fsync(generation);
    Path temp = root.resolve(CURRENT_TEMP);
    Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
    fsync(temp);
    fsync(root);
    Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    fsync(root);
  }

  /**
   * Deletes every generation except the one CURRENT names (older ones and leftovers of killed builds)
   * and a stray CURRENT.tmp; returns their names. Call it holding the {@link ReindexLock}: a build in
   * progress looks like a leftover. A broken generation CURRENT names is kept until a new one replaces
   * it, and when CURRENT cannot be read nothing is deleted. Readers still open on an old generation keep
   * working: on POSIX an open file outlives its name.
   */
  List<String> deleteStaleGenerations() throws IOException {
    Path pointer = root.resolve(CURRENT);
    String named = "";
    if (Files.exists(pointer)) {
      try {
        named = Files.readString(pointer, StandardCharsets.UTF_8).trim();
      } catch (IOException e) {
        return List.of();
      }
    }
    List<String> deleted = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path entry : entries) {
        if (!entry.getFileName().toString().equals(named)) {
          deleteRecursively(entry);
          deleted.add(entry.getFileName().toString());
        }
      }
    }
    if (Files.deleteIfExists(root.resolve(CURRENT_TEMP))) {
      deleted.add(CURRENT_TEMP);
    }
    return deleted;
  }

  /**
   * Removes what killed or failed reindexes left behind (see {@link #deleteStaleGenerations}), unless
   * a reindex is running right now, which removes them itself; returns the names removed.
   */
  public List<String> cleanUp() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    Optional<ReindexLock> lock = ReindexLock.tryAcquire(root);
    if (lock.isEmpty()) {
      return List.of();
    }
    try (ReindexLock held = lock.get()) {
      return deleteStaleGenerations();
    }
  }

  public static IndexManifest readManifest(Path generation) throws IOException {
    return readJson(generation, MANIFEST, new TypeReference<>() {});
  }

  private static <T> T readJson(Path generation, String file, TypeReference<T> type) throws BrokenIndexException {
    try (InputStream in = Files.newInputStream(generation.resolve(file))) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw BrokenIndexException.unreadable(generation, file, e);
    }
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
