package wjw.semantic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The embedding cache's file format: a header naming the model, then fixed-size records.
 *
 * <pre>
 * header: "WJWVEC1\n" | dimensions (int32) | model id length (int16) | model id (UTF-8)
 * record: key (16 bytes) | vector (dimensions × IEEE half-precision, 2 bytes each) | CRC-32 of key and vector (int32)
 * </pre>
 *
 * Half precision halves the file (1 KiB a 512-dimension vector) and moves a cosine by ~1e-4, far
 * below the gaps that order search results; the CRC catches a record damaged on disk. Big-endian.
 */
final class CacheFile {
  static final byte[] MAGIC = "WJWVEC1\n".getBytes(StandardCharsets.US_ASCII);
  static final int KEY_BYTES = 16;
  private static final int CRC_BYTES = 4;

  private CacheFile() {}

  static int recordBytes(int dimensions) {
    return KEY_BYTES + 2 * dimensions + CRC_BYTES;
  }

  static byte[] header(String modelId, int dimensions) {
    byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(MAGIC.length + 4 + 2 + id.length)
        .put(MAGIC).putInt(dimensions).putShort((short) id.length).put(id).array();
  }

  /** Encodes one record: the vector rounded to half precision. */
  static void putRecord(ByteBuffer out, CacheKey key, float[] vector) {
    int start = out.position();
    out.put(key.bytes());
    for (float x : vector) {
      out.putShort(Float.floatToFloat16(x));
    }
    CRC32 crc = new CRC32();
    crc.update(out.array(), out.arrayOffset() + start, out.position() - start);
    out.putInt((int) crc.getValue());
  }

  /** Decodes the vector of a record read whole into {@code record}, or null if its CRC fails. */
  static float[] vectorOf(byte[] record, int dimensions) {
    if (!crcMatches(record)) {
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(record, KEY_BYTES, 2 * dimensions);
    float[] v = new float[dimensions];
    for (int i = 0; i < dimensions; i++) {
      v[i] = Float.float16ToFloat(in.getShort());
    }
    return Vectors.normalize(v);
  }

  /** The vector exactly as it will read back from the file, so a cached and a fresh vector agree. */
  static float[] roundTrip(float[] vector) {
    ByteBuffer b = ByteBuffer.allocate(recordBytes(vector.length));
    putRecord(b, CacheKey.ZERO, vector);
    return vectorOf(b.array(), vector.length);
  }

  private static boolean crcMatches(byte[] record) {
    CRC32 crc = new CRC32();
    crc.update(record, 0, record.length - CRC_BYTES);
    int stored = ByteBuffer.wrap(record, record.length - CRC_BYTES, CRC_BYTES).getInt();
    return stored == (int) crc.getValue();
  }

  /** What {@link #scan} found: the sound records' offsets by key, and what had to be dropped. */
  record Scan(Map<CacheKey, Long> offsets, long validBytes, List<String> problems) {}

  /**
   * Reads the file, checking every record; returns null when the header is not this model's (a
   * foreign, damaged or other-model file, said in {@code why}).
   */
  static Scan scan(Path file, String modelId, int dimensions, List<String> why) throws IOException {
    byte[] expected = header(modelId, dimensions);
    long size = Files.size(file);
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] head = new byte[expected.length];
      try {
        in.readFully(head);
      } catch (EOFException e) {
        why.add("it is shorter than a header");
        return null;
      }
      if (!Arrays.equals(head, expected)) {
        why.add(Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)
            ? "it holds vectors of another model or size (this one: " + modelId + ", " + dimensions + " dims)"
            : "it does not start like an embedding cache");
        return null;
      }
      int recordBytes = recordBytes(dimensions);
      long records = (size - expected.length) / recordBytes;
      long tail = (size - expected.length) % recordBytes;
      Map<CacheKey, Long> offsets = new LinkedHashMap<>();
      List<String> problems = new ArrayList<>();
      byte[] record = new byte[recordBytes];
      long damaged = 0;
      for (long r = 0; r < records; r++) {
        in.readFully(record);
        if (crcMatches(record)) {
          offsets.put(CacheKey.of(record), expected.length + r * recordBytes);
        } else {
          damaged++;
        }
      }
      if (damaged > 0) {
        problems.add(damaged + " damaged record(s) skipped (they will be embedded again)");
      }
      if (tail > 0) {
        problems.add("an unfinished last record of " + tail + " bytes dropped");
      }
      return new Scan(offsets, expected.length + records * recordBytes, problems);
    }
  }

  /** Reads the record at {@code offset} whole. */
  static byte[] read(FileChannel channel, long offset, int recordBytes) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(recordBytes);
    while (b.hasRemaining()) {
      if (channel.read(b, offset + b.position()) < 0) {
        throw new EOFException("embedding cache ends inside a record at byte " + offset);
      }
    }
    return b.array();
  }
}
