package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.Backend;
import wjw.bench.CorpusGenerator;
import wjw.cli.ChildJvm;
import wjw.index.ReindexException;
import wjw.index.ReindexInProgressException;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.ingest.decode.ArticleDecoder;
import wjw.search.SearchRequest;
import wjw.search.SearchService;

/**
 * {@code reindex --opensearch}'s promises on a real cluster: the alias moves only to a complete generation, and
 * the old generation is deleted afterwards; a reindex that fails, or is killed with {@code kill -9} in the middle
 * of its bulk load, leaves the alias on the previous generation, which answers as before, and what it left is
 * removed by the next reindex; a second reindex while one runs is refused naming the holder.
 */
class ClusterReindexTest {
  @TempDir Path work;
  Path seeds;
  Backend.Built index;
  ClusterConnection connection;

  @BeforeEach
  void buildFirstGeneration() throws Exception {
    seeds = Files.createDirectories(work.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    index = Backend.OPENSEARCH.build(seeds, work);
    connection = TestCluster.connect();
  }

  @AfterEach
  void close() throws Exception {
    TestCluster.close(connection);
    if (index != null) {
      index.close();
    }
  }

  @Test
  void aCompleteReindexMovesBothAliasesAndDeletesTheOldGeneration() throws Exception {
    String before = live();
    Set<String> oldIndices = generationIndices();
    assertEquals(Set.of(before, before + "-catalog"), oldIndices);
    ReindexReport report = index.reindex();
    assertTrue(report.switched());
    String after = live();
    assertNotEquals(before, after);
    assertEquals(index.names().statementsOf(report.version()), after);
    assertEquals(Set.of(after, after + "-catalog"), generationIndices(), "the old generation is deleted");
    assertEquals(report.version(), index.service().info().version());
    assertEquals(report.statements(), index.service().search(SearchRequest.of("")).total());
  }

  @Test
  void aFailedReindexLeavesTheAliasOnThePreviousGenerationAndRemovesItsOwnIndices() throws Exception {
    String before = live();
    String answer = answer(index.service());
    Files.write(seeds.resolve("zzz-binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3});
    ReindexException failed = assertThrows(ReindexException.class, () -> strictReindex().run(false));
    assertTrue(failed.getMessage().contains("previous index kept"), failed.getMessage());
    assertEquals(before, live());
    assertEquals(Set.of(before, before + "-catalog"), generationIndices(), "the failed generation's indices are gone");
    index.service().refresh();
    assertEquals(answer, answer(index.service()));
  }

  @Test
  void aSecondReindexIsRefusedWithTheHoldersNameAndRunsOnceTheFirstHasFinished() throws Exception {
    ClusterTarget first = new ClusterTarget(connection, index.names(), 1, 0, line -> {});
    try (Closeable held = first.lock()) {
      ReindexInProgressException refused = assertThrows(ReindexInProgressException.class, () -> index.reindex());
      String pid = Long.toString(ProcessHandle.current().pid());
      assertTrue(refused.getMessage().contains("another reindex is running (host ") && refused.getMessage()
          .contains("pid " + pid + ", started "), refused.getMessage());
    }
    assertTrue(index.reindex().switched(), "the lock was released");
  }

  @Test
  void aLockWhoseHolderStoppedRenewingItIsTakenOver() throws Exception {
    String lockIndex = index.names().lock();
    String old = java.time.Instant.now().minusSeconds(ReindexLease.STALE_SECONDS + 60).toString();
    connection.client().index(i -> i.index(lockIndex).id(ReindexLease.DOC).refresh(
        org.opensearch.client.opensearch._types.Refresh.True).document(Map.of("host", "another-machine", "pid", 4242,
        "started", old, "renewed", old)));
    assertTrue(index.reindex().switched(), "a lock not renewed for " + ReindexLease.STALE_SECONDS + " s is stale");
  }

  /**
   * A real {@code kill -9} of {@code wjw-search reindex --opensearch} while it loads: the alias stays on the old
   * generation, which answers as before; the partial indices and the dead holder's lock stay behind until the
   * next reindex, which takes the lock over (its holder is a dead process of this machine) and removes them.
   */
  @Test
  void aReindexKilledWhileLoadingLeavesThePreviousGenerationServingAndTheNextRemovesWhatItLeft() throws Exception {
    new CorpusGenerator(Path.of("seeds"), 11).write(seeds, 200, true); // about 1,500 statements: seconds of loading
    String before = live();
    String answer = answer(index.service());
    Path logs = work.resolve("logs");
    ChildJvm child = ChildJvm.start(logs, "reindex", "--seeds", seeds.toString(),
        "--opensearch", connection.settings().url().toString(), "--opensearch-index", index.names().base());
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    Path err = logs.resolve("child-" + lastChild(logs) + ".err");
    while (child.process().isAlive() && System.nanoTime() < deadline
        && !(Files.exists(err) && Files.readString(err).contains("files read"))) {
      Thread.sleep(20);
    }
    assertTrue(child.process().isAlive(), "the reindex was still loading when killed: " + Files.readString(err));
    child.kill();

    assertEquals(before, live(), "the alias did not move");
    Set<String> left = generationIndices();
    assertTrue(left.size() > 2, "the killed reindex left its indices: " + left);
    index.service().refresh();
    assertEquals(answer, answer(index.service()), "the previous generation answers as before");

    ReindexReport next = index.reindex();
    assertTrue(next.switched());
    String after = live();
    assertEquals(Set.of(after, after + "-catalog"), generationIndices(), "what the killed run left is gone");
    assertEquals(next.statements(), index.service().search(SearchRequest.of("")).total());
    assertFalse(left.contains(after));
  }

  private Reindexer strictReindex() {
    return new Reindexer(seeds, new ClusterTarget(connection, index.names(), Backend.TEST_SHARDS, 0, line -> {}),
        ArticleDecoder.DEFAULT_MAX_BYTES);
  }

  /** The index the statements alias points to. */
  private String live() throws IOException {
    Map<String, List<String>> targets = new ClusterTarget(connection, index.names(), 1, 0, line -> {}).aliasTargets();
    List<String> statements = targets.get(index.names().statements());
    assertEquals(1, statements.size(), "the alias points to one index: " + targets);
    return statements.get(0);
  }

  private Set<String> generationIndices() throws IOException {
    return new TreeSet<>(connection.client().indices().getAlias(g -> g.index(index.names().generationPattern())
        .ignoreUnavailable(true).allowNoIndices(true)).result().keySet());
  }

  /** A browse and a query, whole but for the timing: equal strings come from the same generation. */
  private static String answer(SearchService service) {
    var browse = service.search(new SearchRequest("", null, null, null, 0, 100));
    var query = service.search(new SearchRequest("托育", null, null, null, 0, 100));
    return List.of(browse.total(), browse.hits(), browse.facets(), query.total(), query.hits(), query.facets()).toString();
  }

  private static int lastChild(Path logs) throws IOException {
    try (Stream<Path> files = Files.list(logs)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("child-") && n.endsWith(".err"))
          .mapToInt(n -> Integer.parseInt(n.substring(6, n.length() - 4))).max().orElseThrow();
    }
  }
}
