package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.analysis.Tokens;
import wjw.analysis.WordAnalyzer;
import wjw.index.Fields;
import wjw.index.Reindexer;
import wjw.ingest.model.Statement;

/** Search-box suggestions over the seeds: officials with their province, frequent words, rebuilt per generation. */
class SuggesterTest {
  @TempDir static Path dir;
  static Path seeds;
  static Path index;
  static LuceneSearchService service;

  @BeforeAll
  static void index() throws Exception {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    for (Path seed : Files.list(SeedIndex.SEEDS).filter(p -> p.toString().endsWith(".txt")).toList()) {
      Files.copy(seed, seeds.resolve(seed.getFileName()));
    }
    index = dir.resolve("index");
    service = SeedIndex.build(seeds, index);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @Test
  void typingZhongSuggestsZhongDongboOfBeijing() {
    Suggestion first = service.suggest("钟", 8).get(0);
    assertEquals(new Suggestion("钟东波（北京市）", Suggestion.OFFICIAL, "钟东波", "北京市", 2), first);
  }

  @Test
  void aTraditionalOrFullNamePrefixCompletesTheSame() {
    assertEquals("钟东波（北京市）", service.suggest("鍾", 8).get(0).text());
    assertEquals("钟东波（北京市）", service.suggest("钟东波", 8).get(0).text());
  }

  @Test
  void wordsOfTheCorpusFollowWithTheStatementsHoldingThem() {
    List<Suggestion> suggestions = service.suggest("托", 8);
    Suggestion tuoyu = suggestions.stream().filter(s -> s.value().equals("托育")).findFirst().orElseThrow();
    assertEquals(Suggestion.WORD, tuoyu.kind());
    // smartcn does not know 托育 (托 + 育); the two characters are counted as a search counts them
    assertEquals(service.search(new SearchRequest("text:托育", null, null, null, 0, 1)).total(), tuoyu.statements());
    assertEquals(SeedIndex.statements().stream().filter(s -> s.text().contains("托育")).count(), tuoyu.statements());
    Suggestion internet = service.suggest("互联", 8).stream().filter(s -> s.value().equals("互联网")).findFirst().orElseThrow();
    try (Analyzer words = WordAnalyzer.create()) {
      assertEquals(SeedIndex.statements().stream().map(Statement::text)
          .filter(t -> Tokens.analyze(words, Fields.TEXT_WORDS, t).stream().anyMatch(w -> w.term().equals("互联网")))
          .count(), internet.statements(), "a longer word: the statements smartcn segments it in");
    }
    assertTrue(suggestions.stream().allMatch(s -> s.text().startsWith("托")), suggestions.toString());
    for (int i = 1; i < suggestions.size(); i++) {
      assertTrue(suggestions.get(i - 1).statements() >= suggestions.get(i).statements(), "most statements first");
    }
  }

  @Test
  void aPrefixNothingStartsWithSuggestsNothing() {
    assertTrue(service.suggest("饕餮", 8).isEmpty());
  }

  @Test
  void badPrefixesAndSizesAreRefusedNamingTheParameter() {
    assertEquals("prefix", assertThrows(QueryRejectedException.class, () -> service.suggest(" ", 8)).parameter());
    assertEquals("prefix", assertThrows(QueryRejectedException.class, () -> service.suggest("钟".repeat(51), 8)).parameter());
    assertEquals("size", assertThrows(QueryRejectedException.class, () -> service.suggest("钟", 21)).parameter());
  }

  @Test
  void aNewGenerationBringsItsOwnSuggestions() throws Exception {
    assertFalse(service.suggest("钟", 8).stream().anyMatch(s -> s.value().equals("钟新任")));
    SeedIndex.page(seeds, "zz_new.txt", """
        迈入2027年，各地卫生健康系统继续努力。

        广东省卫生健康委主任 钟新任

        我们要发展托育服务，推进紧密型县域医共体建设。
        """);
    try {
      new Reindexer(seeds, index).run(false);
      service.refresh();
      assertTrue(service.suggest("钟", 8).contains(new Suggestion("钟新任（广东省）", Suggestion.OFFICIAL, "钟新任", "广东省", 1)),
          service.suggest("钟", 8).toString());
    } finally {
      Files.delete(seeds.resolve("zz_new.txt"));
      new Reindexer(seeds, index).run(false);
      service.refresh();
    }
  }
}
