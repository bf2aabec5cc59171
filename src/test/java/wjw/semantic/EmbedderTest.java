package wjw.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real bge-small-zh model, loaded from the jar on the classpath, on a few seed paragraphs. */
class EmbedderTest {
  static final String ELDERLY_AND_CHILDREN =
      "聚焦“一老一小”，持续开展建设生育友好型社会三年行动，发展普惠托育、医养结合、安宁疗护等服务，落实育儿补贴、生育保险、托育机构运营补贴、税费减免等政策，减轻家庭生育养育负担。";
  static final String EPIDEMICS = "推进传染病防治体系和能力建设项目，探索疾控联合体建设。深入实施“四大慢病”综合防治行动，推动县域慢性病管理中心应建尽建。";
  static final String TALENT = "实施高水平人才兴医工程，启动医疗卫生人才专项支持行动。";
  static final String DISCIPLINE = "强化医德医风建设，营造风清气正的行业环境。注重宣传舆论引导，健全网络舆情预防处置机制。";
  static final List<String> PASSAGES = List.of(ELDERLY_AND_CHILDREN, EPIDEMICS, TALENT, DISCIPLINE);

  static Embedder embedder;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    embedder = Embedder.startLoading(2);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void passagesBecomeUnitVectorsOf512Dimensions() {
    float[] v = embedder.embedPassage(TALENT);
    assertEquals(Embedder.DIMENSIONS, v.length);
    assertEquals(1.0, Vectors.dot(v, v), 1e-4);
    assertTrue(embedder.isReady());
    assertTrue(embedder.modelId().startsWith("bge-small-zh-v1.5-q@1."), embedder.modelId());
  }

  @Test
  void aQueryInOtherWordsIsNearestToThePassageAboutIt() {
    assertEquals(ELDERLY_AND_CHILDREN, nearest("老年人和婴幼儿照护服务"));
    assertEquals(EPIDEMICS, nearest("传染病防控体系"));
    assertEquals(TALENT, nearest("引进和培养医学人才"));
  }

  private static String nearest(String query) {
    float[] q = embedder.embedQuery(query);
    List<float[]> vs = embedder.embedPassages(PASSAGES, EmbeddingProgress.NONE);
    int best = 0;
    for (int i = 1; i < vs.size(); i++) {
      if (Vectors.dot(q, vs.get(i)) > Vectors.dot(q, vs.get(best))) best = i;
    }
    return PASSAGES.get(best);
  }

  @Test
  void aBatchOnTwoThreadsGivesTheVectorsOfOneAtATimeInOrder() {
    List<String> shuffled = new ArrayList<>(PASSAGES);
    Collections.reverse(shuffled);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    List<float[]> batch = embedder.embedPassages(shuffled, (done, total) -> seen.add(done + "/" + total));
    for (int i = 0; i < shuffled.size(); i++) {
      assertArrayEquals(embedder.embedPassage(shuffled.get(i)), batch.get(i), 1e-6f, shuffled.get(i));
    }
    assertEquals(4, seen.size());
    assertTrue(seen.contains("4/4"));
  }

  @Test
  void aBlankTextIsRefusedWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> embedder.embedPassage("  "));
    assertTrue(e.getMessage().contains("blank"), e.getMessage());
  }

  @Test
  void theCacheOverTheRealModelEmbedsAnUnchangedCorpusOnce() throws Exception {
    Path file = dir.resolve("vectors.bin");
    List<float[]> first;
    try (EmbeddingCache cache = EmbeddingCache.open(file, embedder)) {
      first = cache.vectorsFor(PASSAGES, EmbeddingProgress.NONE);
      assertEquals(4, cache.stats().embedded());
    }
    try (EmbeddingCache cache = EmbeddingCache.open(file, embedder)) {
      List<float[]> second = cache.vectorsFor(PASSAGES, EmbeddingProgress.NONE);
      assertEquals(new CacheStats(4, 4, 0, 4), cache.stats());
      for (int i = 0; i < PASSAGES.size(); i++) {
        assertArrayEquals(first.get(i), second.get(i));
        assertEquals(1.0, Vectors.dot(second.get(i), embedder.embedPassage(PASSAGES.get(i))), 1e-3);
      }
    }
  }
}
