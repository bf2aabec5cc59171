package wjw.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.cli.ChildJvm;
import wjw.search.LuceneSearchService;
import wjw.search.SearchRequest;

/** A reindex either completes and goes live, or leaves the previous index serving untouched. */
class ReindexTest {
  @TempDir Path dir;
  Path seeds;
  Path index;

  @BeforeEach
  void copySeeds() throws Exception {
    seeds = SeedCopy.into(dir);
    index = dir.resolve("index");
  }

  private long total(LuceneSearchService service, String q) {
    return service.search(SearchRequest.of(q)).total();
  }

  private List<Path> generations() throws Exception {
    try (Stream<Path> list = Files.list(index)) {
      return list.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
    }
  }

  @Test
  void aReindexReportsEveryFileAndGoesLive() throws Exception {
    ReindexReport report = new Reindexer(seeds, index).run(false);
    assertTrue(report.switched());
    assertEquals(2, report.articles());
    assertEquals(15, report.statements());
    assertEquals(List.of(7, 8), report.files().stream().map(FileReport::statements).toList());
    assertTrue(new IndexStore(index).current().isPresent());
    assertEquals(1, generations().size());
  }

  @Test
  void aFailingReindexLeavesThePreviousIndexServing() throws Exception {
    new Reindexer(seeds, index).run(false);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      String before = service.info().version();
      long hits = total(service, "医共体");
      // a new good page sorts first and is indexed before the bad one fails the run
      Files.writeString(seeds.resolve("001_new.txt"), "迈入2025年。\n\n上海市卫生健康委主任 某某某\n\n医共体建设新一年。\n");
      Files.write(seeds.resolve("zzz_bad.txt"), new byte[] {0, 1, 2, 3, 0, 0});
      ReindexException e = assertThrows(ReindexException.class, () -> new Reindexer(seeds, index).run(false));
      assertTrue(e.getMessage().contains("zzz_bad.txt") && e.getMessage().contains("binary"), e.getMessage());
      assertFalse(e.report().switched());
      service.refresh();
      assertEquals(before, service.info().version());
      assertEquals(hits, total(service, "医共体"));
      assertEquals(1, generations().size(), "the half-built generation was removed");
      try (LuceneSearchService reopened = LuceneSearchService.open(index)) {
        assertEquals(before, reopened.info().version());
      }
    }
  }

  @Test
  void skipBadIndexesTheGoodFilesAndReportsTheBadOneByName() throws Exception {
    Files.writeString(seeds.resolve("empty.txt"), "  \n\n");
    ReindexReport report = new Reindexer(seeds, index).run(true);
    assertTrue(report.switched());
    FileReport bad = report.files().stream().filter(f -> f.file().equals("empty.txt")).findFirst().orElseThrow();
    assertEquals("failed", bad.status());
    assertEquals("empty file", bad.reason());
    assertEquals(15, report.statements());
  }

  @Test
  void aSearcherOpenDuringAReindexSwitchesOnlyOnRefresh() throws Exception {
    new Reindexer(seeds, index).run(false);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      long before = total(service, "医共体");
      Files.writeString(seeds.resolve("003_more.txt"), "迈入2025年。\n\n上海市卫生健康委主任 某某某\n\n医共体建设新一年。\n");
      new Reindexer(seeds, index).run(false);
      assertEquals(before, total(service, "医共体"), "old generation still answers");
      service.refresh();
      assertEquals(before + 1, total(service, "医共体"));
    }
  }

  /** Browsing counts are remembered per generation: a new one counts its own statements, the old one kept its own. */
  @Test
  void browsingCountsFollowTheLiveGeneration() throws Exception {
    new Reindexer(seeds, index).run(false);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      SearchRequest shanghai = SearchRequest.of("").withFilter(Dimensions.PROVINCE, "上海市");
      SearchRequest all = SearchRequest.of("");
      SearchRequest trend = shanghai.withTrend(Dimensions.OFFICIAL);
      var before = service.search(shanghai);
      long everything = service.search(all).total();
      assertEquals(before.total(), service.search(shanghai).total(), "asked twice, counted alike");
      assertEquals(before.facets(), service.search(shanghai).facets());
      assertEquals(service.search(trend).trends(), service.search(trend).trends());
      Files.writeString(seeds.resolve("003_more.txt"), "迈入2025年。\n\n上海市卫生健康委主任 某某某\n\n医共体建设新一年。\n");
      new Reindexer(seeds, index).run(false);
      service.refresh();
      var after = service.search(shanghai);
      assertEquals(before.total() + 1, after.total());
      assertEquals(everything + 1, service.search(all).total());
      long shanghai2025 = after.facets().of(Dimensions.YEAR).stream().filter(y -> y.value().equals("2025"))
          .mapToLong(y -> y.count()).sum();
      assertEquals(shanghai2025, service.search(shanghai.withFilter(Dimensions.YEAR, 2025)).total(),
          "the facet of the new generation matches its filtered total");
      assertTrue(after.facets().of(Dimensions.OFFICIAL).stream().anyMatch(o -> o.value().equals("某某某")),
          after.facets().toString());
      assertTrue(service.search(trend).trends().toString().contains("某某某"), "the trend counts the new generation too");
    }
  }

  @Test
  void aKilledBuildIsNeverOpenedAndIsCleanedUpByTheNextReindex() throws Exception {
    new Reindexer(seeds, index).run(false);
    String live = Files.readString(index.resolve("CURRENT")).trim();
    Path leftover = Files.createDirectories(index.resolve("gen-20000101-000000-000"));
    Files.writeString(leftover.resolve("_0.cfs"), "half a segment");
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      assertEquals(live, service.info().version());
    }
    new Reindexer(seeds, index).run(false);
    assertFalse(Files.exists(leftover));
  }

  @Test
  void aSecondConcurrentReindexIsRefusedAndTheRefusalKeepsTheLock() throws Exception {
    Files.createDirectories(index);
    long self = ProcessHandle.current().pid();
    try (ReindexLock held = ReindexLock.acquire(index)) {
      ReindexInProgressException e =
          assertThrows(ReindexInProgressException.class, () -> new Reindexer(seeds, index).run(false));
      assertTrue(e.getMessage().startsWith("another reindex is running (pid " + self + " (this process), started "),
          e.getMessage());
      // On Linux, closing any channel of the lock file drops the process's lock: the refusal above must not
      // have opened one, or this other process would now get in.
      ChildJvm.Result other = ChildJvm.run(dir.resolve("logs"), Duration.ofMinutes(1), "reindex",
          "--seeds", seeds.toString(), "--index", index.toString());
      assertEquals(1, other.exit(), other.err());
      assertTrue(other.err().startsWith("wjw-search: another reindex is running (pid " + self + ", started "),
          other.err());
    }
    assertTrue(new Reindexer(seeds, index).run(false).switched());
  }

  @Test
  void aLockFileLeftByADeadProcessBlocksNothing() throws Exception {
    Files.createDirectories(index);
    Files.writeString(index.resolve(IndexStore.LOCK), "pid=2147483646 started=2020-01-01T00:00:00Z\n");
    assertTrue(new Reindexer(seeds, index).run(false).switched());
  }

  @Test
  void aMissingSeedsFolderIsNamed() {
    ReindexException e = assertThrows(ReindexException.class,
        () -> new Reindexer(dir.resolve("nope"), index).run(false));
    assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("does not exist"), e.getMessage());
    assertFalse(new IndexStore(index).current().isPresent());
  }
}
