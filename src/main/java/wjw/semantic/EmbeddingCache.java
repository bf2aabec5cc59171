package wjw.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors on disk, keyed by a hash of the model id and the text, so a reindex of unchanged
 * paragraphs embeds nothing: {@link #vectorsFor} answers from the file what it can and asks the
 * model for the rest, appending those. The file format is {@link CacheFile}'s.
 *
 * <p>A file that is not this model's cache (damaged header, other model) is started afresh, a
 * damaged record or an unfinished last record is dropped; each is logged as a warning and kept in
 * {@link #warnings()}, and the dropped vectors are embedded again when asked for. One process at a
 * time: the caller holds the index's reindex lock. Methods are synchronized.
 */
public final class EmbeddingCache implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);

  private final Path file;
  private final PassageEncoder encoder;
  private final int recordBytes;
  private final List<String> warnings;
  private final Set<CacheKey> used = new HashSet<>();
  private Map<CacheKey, Long> offsets;
  private FileChannel channel;
  private long asked;
  private long fromCache;
  private long embedded;

  private EmbeddingCache(Path file, PassageEncoder encoder, Map<CacheKey, Long> offsets, FileChannel channel,
      List<String> warnings) {
    this.file = file;
    this.encoder = encoder;
    this.recordBytes = CacheFile.recordBytes(encoder.dimensions());
    this.offsets = offsets;
    this.channel = channel;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Opens (or creates) the cache at {@code file} for {@code encoder}'s vectors; a file that cannot
   * be used is started afresh with a warning, never an error.
   */
  public static EmbeddingCache open(Path file, PassageEncoder encoder) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    List<String> warnings = new ArrayList<>();
    CacheFile.Scan scan = null;
    if (Files.exists(file)) {
      List<String> why = new ArrayList<>();
      scan = CacheFile.scan(file, encoder.modelId(), encoder.dimensions(), why);
      if (scan == null) {
        warnings.add("embedding cache " + file + " started afresh: " + String.join("; ", why));
      } else {
        scan.problems().forEach(p -> warnings.add("embedding cache " + file + ": " + p));
      }
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      if (scan == null) {
        channel.truncate(0);
        writeFully(channel, ByteBuffer.wrap(CacheFile.header(encoder.modelId(), encoder.dimensions())), 0);
      } else if (channel.size() > scan.validBytes()) {
        channel.truncate(scan.validBytes());
      }
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    warnings.forEach(LOG::warn);
    Map<CacheKey, Long> offsets = scan == null ? new HashMap<>() : new HashMap<>(scan.offsets());
    return new EmbeddingCache(file, encoder, offsets, channel, warnings);
  }

  /**
   * The vectors of {@code paragraphs}, in order: from the file where it has them, else embedded
   * (each distinct text once, on the encoder's threads) and appended. Both kinds read back the same
   * (half precision, unit length). {@code progress} counts paragraphs, cached ones first.
   */
  public synchronized List<float[]> vectorsFor(List<String> paragraphs, EmbeddingProgress progress)
      throws IOException {
    int total = paragraphs.size();
    float[][] vectors = new float[total][];
    Map<CacheKey, List<Integer>> missing = new LinkedHashMap<>();
    Map<CacheKey, String> missingText = new HashMap<>();
    int done = 0;
    for (int i = 0; i < total; i++) {
      String text = paragraphs.get(i);
      CacheKey key = CacheKey.of(encoder.modelId(), text);
      used.add(key);
      float[] cached = cached(key);
      if (cached != null) {
        vectors[i] = cached;
        done++;
      } else {
        missing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        missingText.putIfAbsent(key, text);
      }
    }
    int fromFile = done;
    progress.progress(fromFile, total);
    if (!missing.isEmpty()) {
      List<CacheKey> keys = new ArrayList<>(missing.keySet());
      List<String> texts = keys.stream().map(missingText::get).toList();
      List<float[]> fresh = encoder.embedPassages(texts, (d, t) -> progress.progress(fromFile + d, total));
      append(keys, fresh);
      for (int k = 0; k < keys.size(); k++) {
        float[] v = CacheFile.roundTrip(fresh.get(k));
        for (int i : missing.get(keys.get(k))) {
          vectors[i] = v;
        }
      }
    }
    asked += total;
    fromCache += fromFile;
    embedded += missing.size();
    return List.of(vectors);
  }

  public synchronized CacheStats stats() {
    return new CacheStats(asked, fromCache, embedded, offsets.size());
  }

  /** Why the file was started afresh or records were dropped when it was opened (empty if it was sound). */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Rewrites the file with only the vectors asked for since it was opened (after a full reindex:
   * those of the paragraphs still in the corpus), atomically: a crash leaves the old file.
   */
  public synchronized void compact() throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".compact");
    Map<CacheKey, Long> kept = new HashMap<>();
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] header = CacheFile.header(encoder.modelId(), encoder.dimensions());
      long position = writeFully(out, ByteBuffer.wrap(header), 0);
      for (Map.Entry<CacheKey, Long> e : offsets.entrySet()) {
        if (used.contains(e.getKey())) {
          kept.put(e.getKey(), position);
          position = writeFully(out, ByteBuffer.wrap(CacheFile.read(channel, e.getValue(), recordBytes)), position);
        }
      }
      out.force(true);
    }
    channel.close();
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    offsets = kept;
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }

  private float[] cached(CacheKey key) throws IOException {
    Long offset = offsets.get(key);
    if (offset == null) {
      return null;
    }
    float[] v = CacheFile.vectorOf(CacheFile.read(channel, offset, recordBytes), encoder.dimensions());
    if (v == null) { // damaged since it was opened: embed it again
      LOG.warn("embedding cache {}: record at byte {} is damaged; embedding it again", file, offset);
      offsets.remove(key);
    }
    return v;
  }

  private void append(List<CacheKey> keys, List<float[]> vectors) throws IOException {
    ByteBuffer out = ByteBuffer.allocate(keys.size() * recordBytes);
    for (int k = 0; k < keys.size(); k++) {
      float[] v = vectors.get(k);
      if (v.length != encoder.dimensions()) {
        throw new IllegalStateException(encoder.modelId() + " returned " + v.length + " dimensions, expected "
            + encoder.dimensions());
      }
      CacheFile.putRecord(out, keys.get(k), v);
    }
    out.flip();
    long start = channel.size();
    writeFully(channel, out, start);
    for (int k = 0; k < keys.size(); k++) {
      offsets.put(keys.get(k), start + (long) k * recordBytes);
    }
  }

  private static long writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    return position;
  }
}
