package wjw.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.search.LuceneSearchService;
import wjw.search.SearchMode;
import wjw.search.SearchRequest;
import wjw.search.SemanticInfo;
import wjw.semantic.Embedder;
import wjw.semantic.EmbeddingProgress;
import wjw.semantic.PassageEncoder;

/**
 * Paragraph vectors at reindex, with the real model on the real seeds: every paragraph gets a vector
 * tied to its statement and paragraph, a second reindex of unchanged pages embeds nothing, an edited
 * paragraph alone is embedded again, and a reindex whose embedding fails leaves the previous index
 * serving.
 */
class SemanticReindexTest {
  static Embedder model;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    model = Embedder.startLoading(2);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** The real model, counting the texts it is asked to embed. */
  static final class Counting implements PassageEncoder {
    final List<String> embedded = new ArrayList<>();

    @Override
    public String modelId() {
      return model.modelId();
    }

    @Override
    public int dimensions() {
      return model.dimensions();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress) {
      synchronized (embedded) {
        embedded.addAll(texts);
      }
      return model.embedPassages(texts, progress);
    }
  }

  private static Reindexer reindexer(Path seeds, Path index, SemanticIndexing.Choice choice, PassageEncoder encoder) {
    return new Reindexer(seeds, index).withSemantic(new SemanticIndexing(choice, () -> encoder));
  }

  @Test
  void everyParagraphIsEmbeddedOnceAndAnUnchangedCorpusEmbedsNothingTheSecondTime() throws Exception {
    Path seeds = SeedCopy.into(dir);
    Path index = dir.resolve("index");
    Counting first = new Counting();
    ReindexReport one = reindexer(seeds, index, SemanticIndexing.Choice.AUTO, first).run(false);
    VectorReport v1 = one.vectors();
    assertTrue(v1.built(), v1.toString());
    assertEquals(79, v1.paragraphs()); // the seeds' 15 statements have 79 paragraphs
    assertEquals(0, v1.fromCache());
    assertEquals(new HashSet<>(first.embedded).size(), v1.embedded());
    assertEquals(v1.embedded(), first.embedded.size(), "each distinct text embedded once");

    // the vector index holds each (statement, paragraph) once, with the model's id in its commit
    Path generation = index.resolve(one.version());
    try (FSDirectory d = FSDirectory.open(generation.resolve(VectorFields.FOLDER));
        DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(79, r.numDocs());
      assertEquals(model.modelId(), r.getIndexCommit().getUserData().get(VectorFields.MODEL));
      Set<String> pairs = new HashSet<>();
      var stored = r.storedFields();
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        var d2 = stored.document(doc);
        pairs.add(d2.get(VectorFields.STATEMENT) + "#" + d2.getField(VectorFields.PARAGRAPH).numericValue());
      }
      assertEquals(79, pairs.size());
      assertTrue(pairs.contains("000_d51fea8ea64b6d2e-3#4"), pairs.toString());
    }

    Counting second = new Counting();
    ReindexReport two = reindexer(seeds, index, SemanticIndexing.Choice.AUTO, second).run(false);
    assertEquals(0, two.vectors().embedded());
    assertEquals(79, two.vectors().fromCache());
    assertTrue(second.embedded.isEmpty(), "an unchanged corpus asks the model for nothing: " + second.embedded);

    // one edited paragraph: only it is embedded again
    Path page = seeds.resolve("002_10f19fc5a49f6661.txt");
    String text = Files.readString(page);
    String edited = text.replaceFirst("大力发展托育服务", "大力发展普惠托育服务");
    assertFalse(edited.equals(text), "the seed page prints 大力发展托育服务");
    Files.writeString(page, edited);
    Counting third = new Counting();
    ReindexReport three = reindexer(seeds, index, SemanticIndexing.Choice.ON, third).run(false);
    assertEquals(1, third.embedded.size(), third.embedded.toString());
    assertTrue(third.embedded.get(0).contains("大力发展普惠托育服务"));
    assertEquals(78, three.vectors().fromCache());

    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      SemanticInfo info = service.info().semantic();
      assertTrue(info.vectors());
      assertEquals(79, info.paragraphs());
      assertEquals(model.modelId(), info.model());
      assertEquals("none", info.queryModel());
    }
  }

  @Test
  void aReindexWhoseEmbeddingFailsLeavesThePreviousIndexServing() throws Exception {
    Path seeds = SeedCopy.into(dir);
    Path index = dir.resolve("index");
    String before = new Reindexer(seeds, index).run(false).version();
    PassageEncoder broken = new PassageEncoder() {
      @Override
      public String modelId() {
        return "broken-model";
      }

      @Override
      public int dimensions() {
        return 8;
      }

      @Override
      public List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress) {
        throw new IllegalStateException("the model ran out of memory");
      }
    };
    ReindexException e = assertThrows(ReindexException.class,
        () -> reindexer(seeds, index, SemanticIndexing.Choice.ON, broken).run(false));
    assertTrue(e.getMessage().contains("previous index kept") && e.getMessage().contains("ran out of memory"),
        e.getMessage());
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      assertEquals(before, service.info().version());
      assertFalse(service.info().semantic().vectors());
    }
    try (var list = Files.list(index)) {
      assertEquals(1, list.filter(p -> p.getFileName().toString().startsWith("gen-")).count(),
          "the failed generation is removed");
    }
  }

  @Test
  void offBuildsNoVectorsAndSemanticSearchSaysWhy() throws Exception {
    Path seeds = SeedCopy.into(dir);
    Path index = dir.resolve("index");
    ReindexReport report = reindexer(seeds, index, SemanticIndexing.Choice.OFF, new Counting()).run(false);
    assertFalse(report.vectors().built());
    assertTrue(report.vectors().reason().contains("--no-semantic"), report.vectors().reason());
    assertFalse(Files.exists(index.resolve(report.version()).resolve(VectorFields.FOLDER)));
    try (LuceneSearchService service = LuceneSearchService.open(index).useQueryEncoder(model)) {
      model.awaitReady();
      var e = assertThrows(wjw.search.SemanticUnavailableException.class,
          () -> service.search(SearchRequest.of("托育").withMode(SearchMode.SEMANTIC)));
      assertEquals(wjw.search.SemanticUnavailableException.Reason.NO_VECTORS, e.reason());
      assertTrue(e.getMessage().contains("no paragraph vectors"), e.getMessage());
    }
  }

  @Test
  void aServerAsksForTheModelOnlyOnceAGenerationHasVectors() throws Exception {
    Path seeds = SeedCopy.into(dir);
    Path index = dir.resolve("index");
    reindexer(seeds, index, SemanticIndexing.Choice.OFF, new Counting()).run(false);
    AtomicInteger asked = new AtomicInteger();
    try (LuceneSearchService service = LuceneSearchService.open(index).useQueryEncoderWhenNeeded(() -> {
      asked.incrementAndGet();
      return model;
    })) {
      assertEquals(0, asked.get(), "no vectors in the live generation: no model asked for");
      assertEquals("none", service.info().semantic().queryModel());
      var e = assertThrows(wjw.search.SemanticUnavailableException.class,
          () -> service.search(SearchRequest.of("托育").withMode(SearchMode.SEMANTIC)));
      assertEquals(wjw.search.SemanticUnavailableException.Reason.NO_VECTORS, e.reason());
      assertEquals(9, service.search(SearchRequest.of("托育")).total(), "literal search needs no model");

      reindexer(seeds, index, SemanticIndexing.Choice.ON, new Counting()).run(false);
      service.refresh();
      assertEquals(1, asked.get(), "a generation with vectors went live: the model is asked for");
      model.awaitReady();
      assertFalse(service.search(SearchRequest.of("托育").withMode(SearchMode.SEMANTIC)).hits().isEmpty());
      reindexer(seeds, index, SemanticIndexing.Choice.ON, new Counting()).run(false);
      service.refresh();
      assertEquals(1, asked.get(), "asked for once");
    }
  }

  @Test
  void autoEmbedsSmallCorporaOnly() {
    SemanticIndexing auto = new SemanticIndexing(SemanticIndexing.Choice.AUTO, () -> null);
    assertNull(auto.reasonToSkip(SemanticIndexing.AUTO_MAX_PARAGRAPHS));
    String why = auto.reasonToSkip(SemanticIndexing.AUTO_MAX_PARAGRAPHS + 1L);
    assertTrue(why.contains("30,001 paragraphs") && why.contains("--semantic"), why);
    assertNull(new SemanticIndexing(SemanticIndexing.Choice.ON, () -> null).reasonToSkip(10_000_000));
  }
}
