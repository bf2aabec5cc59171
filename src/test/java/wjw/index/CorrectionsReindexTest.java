package wjw.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.model.Official;
import wjw.search.Hit;
import wjw.search.LuceneSearchService;
import wjw.search.SearchRequest;
import wjw.search.SearchResult;

/** corrections.json beside the seeds is applied at every reindex; a malformed one changes nothing. */
class CorrectionsReindexTest {
  private static final String MOVE = "{\"corrections\": [\n"
      + "  {\"article\": \"000_d51fea8ea64b6d2e\", \"move\": {\"paragraph\": \"扎实做好为民服务实事\", \"to\": \"张波\"},"
      + " \"note\": \"belongs with 张波's 为民服务实事\"},\n"
      + "  {\"article\": \"000_d51fea8ea64b6d2e\", \"official\": \"李四\", \"title\": \"主任\"},\n"
      + "  {\"article\": \"009_gone.txt\", \"set\": {\"year\": 2025}}\n"
      + "]}\n";

  /** Only in Tianjin's paragraph starting 扎实做好为民服务实事 (line 52 of the 2026 page), which MOVE moves. */
  private static final String QUERY = "16项为民服务实事";

  @TempDir Path dir;
  Path seeds;
  Path index;

  @BeforeEach
  void copySeeds() throws Exception {
    seeds = SeedCopy.into(dir);
    index = dir.resolve("index");
  }

  private static Hit onlyHit(LuceneSearchService service, String q) {
    SearchResult result = service.search(SearchRequest.of(q));
    assertEquals(1, result.total(), q);
    return result.hits().get(0);
  }

  @Test
  void aCorrectionMovesTheParagraphToTheNamedOfficialInTheIndex() throws Exception {
    new Reindexer(seeds, index).run(false);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      assertEquals("天津市", onlyHit(service, QUERY).province(), "as segmented, before the correction");
    }
    Files.writeString(seeds.resolve("corrections.json"), MOVE);
    ReindexReport report = new Reindexer(seeds, index).run(false);
    assertTrue(report.switched());
    assertEquals(2, report.articles(), "corrections.json is no article");
    assertEquals(15, report.statements());
    assertEquals(List.of(
        "corrections.json #2: no official 李四 in 000_d51fea8ea64b6d2e",
        "corrections.json #3: no article 009_gone.txt among the articles read"), report.warnings());
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      Hit hit = onlyHit(service, QUERY);
      assertEquals(List.of(new Official("张波", "党组书记、主任")), hit.officials());
      assertEquals("山西省", hit.province());
    }
  }

  @Test
  void aMalformedCorrectionsFileLeavesThePreviousIndexLive() throws Exception {
    new Reindexer(seeds, index).run(false);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      String before = service.info().version();
      Files.writeString(seeds.resolve("corrections.json"),
          "{\"corrections\": [{\"article\": \"000_d51fea8ea64b6d2e\", \"set\": {\"date\": \"2026-13-01\"}}]}");
      ReindexException e = assertThrows(ReindexException.class, () -> new Reindexer(seeds, index).run(false));
      assertEquals("corrections.json #1: \"set.date\" must be a date yyyy-MM-dd, got \"2026-13-01\"; previous index kept",
          e.getMessage());
      assertNull(e.report());
      service.refresh();
      assertEquals(before, service.info().version());
      assertEquals("天津市", onlyHit(service, QUERY).province());
      try (Stream<Path> list = Files.list(index)) {
        assertEquals(1, list.filter(p -> p.getFileName().toString().startsWith("gen-")).count());
      }
    }
  }

  @Test
  void withoutACorrectionsFileThereAreNoWarnings() throws Exception {
    ReindexReport report = new Reindexer(seeds, index).run(false);
    assertFalse(report.warnings().iterator().hasNext());
  }
}
