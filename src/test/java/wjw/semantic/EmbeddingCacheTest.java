package wjw.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding cache: hits and misses, persistence, damaged files, compaction. */
class EmbeddingCacheTest {
  static final int DIMS = 16;
  static final List<String> PARAGRAPHS = List.of(
      "以“一老一小”为重点，持续优化人口健康服务。",
      "推进传染病防治体系和能力建设项目，探索疾控联合体建设。",
      "以“一老一小”为重点，持续优化人口健康服务。", // the same text again
      "实施高水平人才兴医工程，启动医疗卫生人才专项支持行动。");

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("vectors.bin");
  }

  @Test
  void aSecondAskAndASecondInstanceEmbedNothing() throws IOException {
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    List<float[]> first;
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      first = cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      assertEquals(new CacheStats(4, 0, 3, 3), cache.stats(), "3 distinct texts embedded once each");
      assertEquals(3, model.embedded.size());
      assertArrayEquals(first.get(0), first.get(2));

      List<float[]> again = cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      assertEquals(new CacheStats(8, 4, 3, 3), cache.stats());
      for (int i = 0; i < PARAGRAPHS.size(); i++) {
        assertArrayEquals(first.get(i), again.get(i), "a cached vector reads back as the fresh one did");
      }
      assertTrue(cache.warnings().isEmpty());
    }
    assertEquals(CacheFile.header("test-model@1", DIMS).length + 3L * CacheFile.recordBytes(DIMS), Files.size(file()));

    CountingEncoder restarted = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), restarted)) {
      List<float[]> reopened = cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      assertEquals(new CacheStats(4, 4, 0, 3), cache.stats());
      assertTrue(restarted.embedded.isEmpty(), "persisted: nothing embedded after reopening");
      for (int i = 0; i < PARAGRAPHS.size(); i++) {
        assertArrayEquals(first.get(i), reopened.get(i));
      }
    }
  }

  @Test
  void vectorsAreTheModelsRoundedToHalfPrecisionAndUnitLength() throws IOException {
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      float[] got = cache.vectorsFor(List.of(PARAGRAPHS.get(1)), EmbeddingProgress.NONE).get(0);
      float[] exact = model.vector(PARAGRAPHS.get(1));
      assertEquals(1.0, Vectors.dot(got, got), 1e-5);
      assertEquals(1.0, Vectors.dot(got, exact), 1e-4);
    }
  }

  @Test
  void aChangedParagraphIsTheOnlyOneEmbeddedAgain() throws IOException {
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      List<String> edited = new ArrayList<>(PARAGRAPHS);
      edited.set(3, PARAGRAPHS.get(3).replace("人才", "人材"));
      model.embedded.clear();
      cache.vectorsFor(edited, EmbeddingProgress.NONE);
      assertEquals(List.of(edited.get(3)), model.embedded);
    }
  }

  @Test
  void progressCountsParagraphsCachedOnesFirst() throws IOException {
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      cache.vectorsFor(PARAGRAPHS.subList(0, 2), EmbeddingProgress.NONE);
      List<String> seen = new ArrayList<>();
      cache.vectorsFor(PARAGRAPHS, (done, total) -> seen.add(done + "/" + total));
      // 3 of 4 paragraphs are cached (the repeated text too); one text is embedded
      assertEquals(List.of("3/4", "4/4"), seen);
    }
  }

  @Test
  void anotherModelsCacheIsStartedAfreshWithAWarning() throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(file(), new CountingEncoder("test-model@1", DIMS))) {
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
    }
    CountingEncoder upgraded = new CountingEncoder("test-model@2", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), upgraded)) {
      assertEquals(1, cache.warnings().size());
      assertTrue(cache.warnings().get(0).contains("another model"), cache.warnings().get(0));
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      assertEquals(3, upgraded.embedded.size(), "no vector of the old model is reused");
    }
  }

  @Test
  void aFileThatIsNotACacheIsRebuiltWithAWarningNotAnError() throws IOException {
    Files.writeString(file(), "this is not an embedding cache");
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      assertTrue(cache.warnings().get(0).contains("does not start like an embedding cache"), cache.warnings().get(0));
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      assertEquals(3, model.embedded.size());
    }
    try (EmbeddingCache cache = EmbeddingCache.open(file(), new CountingEncoder("test-model@1", DIMS))) {
      assertTrue(cache.warnings().isEmpty(), "the rebuilt file is sound");
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      assertEquals(0, cache.stats().embedded());
    }
  }

  @Test
  void aDamagedRecordIsDroppedAndEmbeddedAgainTheOthersAreKept() throws IOException {
    List<float[]> first;
    try (EmbeddingCache cache = EmbeddingCache.open(file(), new CountingEncoder("test-model@1", DIMS))) {
      first = cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
    }
    long secondRecordsVector = CacheFile.header("test-model@1", DIMS).length + CacheFile.recordBytes(DIMS)
        + CacheFile.KEY_BYTES + 3;
    try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
      raf.seek(secondRecordsVector);
      int b = raf.read();
      raf.seek(secondRecordsVector);
      raf.write(b ^ 0x40);
    }
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      assertEquals(1, cache.warnings().size());
      assertTrue(cache.warnings().get(0).contains("1 damaged record"), cache.warnings().get(0));
      List<float[]> again = cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      assertEquals(List.of(PARAGRAPHS.get(1)), model.embedded);
      for (int i = 0; i < PARAGRAPHS.size(); i++) {
        assertArrayEquals(first.get(i), again.get(i));
      }
    }
  }

  @Test
  void anUnfinishedLastRecordIsCutOff() throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(file(), new CountingEncoder("test-model@1", DIMS))) {
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
    }
    long sound = Files.size(file());
    Files.write(file(), new byte[] {1, 2, 3, 4, 5}, java.nio.file.StandardOpenOption.APPEND);
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      assertTrue(cache.warnings().get(0).contains("unfinished last record of 5 bytes"), cache.warnings().get(0));
      assertEquals(sound, Files.size(file()));
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
      cache.vectorsFor(List.of("新的段落。"), EmbeddingProgress.NONE);
      assertEquals(List.of("新的段落。"), model.embedded);
    }
    try (EmbeddingCache cache = EmbeddingCache.open(file(), new CountingEncoder("test-model@1", DIMS))) {
      assertTrue(cache.warnings().isEmpty());
      assertEquals(4, cache.stats().entries());
    }
  }

  @Test
  void compactingKeepsOnlyTheVectorsAskedForSinceOpening() throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(file(), new CountingEncoder("test-model@1", DIMS))) {
      cache.vectorsFor(PARAGRAPHS, EmbeddingProgress.NONE);
    }
    CountingEncoder model = new CountingEncoder("test-model@1", DIMS);
    List<String> stillThere = List.of(PARAGRAPHS.get(1), PARAGRAPHS.get(3));
    try (EmbeddingCache cache = EmbeddingCache.open(file(), model)) {
      List<float[]> before = cache.vectorsFor(stillThere, EmbeddingProgress.NONE);
      cache.compact();
      assertEquals(2, cache.stats().entries());
      assertEquals(CacheFile.header("test-model@1", DIMS).length + 2L * CacheFile.recordBytes(DIMS), Files.size(file()));
      List<float[]> after = cache.vectorsFor(stillThere, EmbeddingProgress.NONE);
      assertArrayEquals(before.get(0), after.get(0));
      assertArrayEquals(before.get(1), after.get(1));
      cache.vectorsFor(List.of("之后的新段落。"), EmbeddingProgress.NONE); // appends after compaction
    }
    CountingEncoder reopened = new CountingEncoder("test-model@1", DIMS);
    try (EmbeddingCache cache = EmbeddingCache.open(file(), reopened)) {
      assertTrue(cache.warnings().isEmpty());
      assertEquals(3, cache.stats().entries());
      cache.vectorsFor(List.of(PARAGRAPHS.get(1), PARAGRAPHS.get(3), "之后的新段落。"), EmbeddingProgress.NONE);
      assertTrue(reopened.embedded.isEmpty());
    }
  }
}
