package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wjw.index.Reindexer;

/**
 * A broken or missing index at the start of serve and search: one line on stderr naming the folder and
 * what is wrong, exit 1, never a stack trace; with --rebuild-if-broken, and seeds to rebuild from, a
 * new index instead.
 */
class BrokenIndexTest {
  private static final Duration LIMIT = Duration.ofMinutes(1);
  private static final int SEED_STATEMENTS = 15;

  @TempDir Path dir;
  Path seeds = Path.of("seeds");
  Path index;
  Path logs;

  /** One way an index folder can be broken, how to break it, and what the message must say. */
  enum Damage {
    CURRENT_NAMES_A_MISSING_GENERATION("is broken: CURRENT names gen-", "which does not exist"),
    CURRENT_NAMES_NO_GENERATION("is broken: CURRENT should name a gen-* folder but holds 'oops'"),
    SEGMENT_FILE_DELETED("is broken: gen-", "is missing its file _0.cfs"),
    SEGMENT_FILE_TRUNCATED("is broken: gen-", "has a corrupt file", "_0.cfs"),
    COMMIT_FILE_DELETED("is broken: gen-", "has no Lucene commit: its segments_N file is missing"),
    MANIFEST_UNREADABLE("is broken: gen-", "/manifest.json is not valid JSON"),
    MANIFEST_MISSING("is broken: gen-", "has no manifest.json"),
    OFFICIALS_UNREADABLE("is broken: gen-", "/officials.json is not valid JSON"),
    CATALOG_MISSING("is broken: gen-", "has no catalog/ folder"),
    COUNT_DISAGREES_WITH_MANIFEST("is broken: gen-", "holds 15 statements but its manifest says 16"),
    INDEX_IS_A_FILE("is a file, not a folder; move it away or choose another --index");

    final List<String> says;

    Damage(String... says) {
      this.says = List.of(says);
    }

    void apply(Path index) throws IOException {
      Path gen = index.resolve(IndexCheck.current(index));
      switch (this) {
        case CURRENT_NAMES_A_MISSING_GENERATION -> deleteTree(gen);
        case CURRENT_NAMES_NO_GENERATION -> Files.writeString(index.resolve("CURRENT"), "oops\n");
        case SEGMENT_FILE_DELETED -> Files.delete(gen.resolve("_0.cfs"));
        case SEGMENT_FILE_TRUNCATED -> {
          try (FileChannel f = FileChannel.open(gen.resolve("_0.cfs"), StandardOpenOption.WRITE)) {
            f.truncate(f.size() / 2);
          }
        }
        case COMMIT_FILE_DELETED -> Files.delete(gen.resolve("segments_1"));
        case MANIFEST_UNREADABLE -> Files.writeString(gen.resolve("manifest.json"), "{\"version\": \"gen-");
        case MANIFEST_MISSING -> Files.delete(gen.resolve("manifest.json"));
        case OFFICIALS_UNREADABLE -> Files.write(gen.resolve("officials.json"), new byte[] {0, 1, 2});
        case CATALOG_MISSING -> deleteTree(gen.resolve("catalog"));
        case COUNT_DISAGREES_WITH_MANIFEST -> Files.writeString(gen.resolve("manifest.json"),
            Files.readString(gen.resolve("manifest.json")).replace("\"statements\":15", "\"statements\":16"));
        case INDEX_IS_A_FILE -> {
          deleteTree(index);
          Files.writeString(index, "not an index");
        }
      }
    }

    /** The rest of the line: how to repair, where that is possible. */
    String advice(Path seeds) {
      return this == INDEX_IS_A_FILE ? "" : "; to rebuild it from " + seeds + ", run again with --rebuild-if-broken";
    }
  }

  @BeforeEach
  void buildAGoodIndex() throws Exception {
    index = dir.resolve("index");
    logs = dir.resolve("logs");
    new Reindexer(seeds, index).run(false);
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void serveAndSearchSayWhatIsBrokenInOneLine(Damage damage) throws Exception {
    damage.apply(index);

    ChildJvm.Result serve = ChildJvm.run(logs, LIMIT, "serve", "--index", index.toString(), "--seeds",
        seeds.toString(), "--port", "0");
    assertOneLineRefusal(serve.exit(), serve.err(), "wjw-search serve: ", damage);
    assertFalse(serve.hasStackTrace(), serve.err());

    CommandLineTest.Run search = CommandLineTest.run("search", "--index", index.toString(), "--seeds", seeds.toString(), "医共体");
    assertOneLineRefusal(search.exit(), search.err(), "wjw-search search: ", damage);
    assertEquals("", search.out());
  }

  @Test
  void searchWithTheFlagRebuildsABrokenIndexFromTheSeeds() throws Exception {
    String broken = IndexCheck.current(index);
    Damage.SEGMENT_FILE_DELETED.apply(index);
    CommandLineTest.Run r = CommandLineTest.run("search", "--index", index.toString(), "--seeds", seeds.toString(), "--rebuild-if-broken", "医共体");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().startsWith("index " + index + " is broken: " + broken + " is missing its file _0.cfs; "
        + "rebuilding it from seeds (--rebuild-if-broken)\n"), r.err());
    assertTrue(r.out().startsWith("医共体: "), r.out());
    assertEquals(SEED_STATEMENTS, IndexCheck.verifyLive(index));
    assertEquals(Set.of(IndexCheck.current(index)), IndexCheck.generations(index), "the broken generation is gone");
  }

  @Test
  void serveWithTheFlagRebuildsABrokenIndexAndServesIt() throws Exception {
    Damage.CURRENT_NAMES_A_MISSING_GENERATION.apply(index);
    ChildJvm serve = ChildJvm.start(logs, "serve", "--index", index.toString(), "--seeds", seeds.toString(),
        "--port", "0", "--rebuild-if-broken");
    try {
      int port = serve.awaitServing(LIMIT);
      assertTrue(serve.err().contains("which does not exist; rebuilding it from seeds (--rebuild-if-broken)"),
          serve.err());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(health.body().contains("\"statements\":" + SEED_STATEMENTS), health.body());
    } finally {
      serve.process().destroy();
      serve.waitFor(LIMIT);
    }
    assertEquals(SEED_STATEMENTS, IndexCheck.verifyLive(index));
  }

  @Test
  void withoutSeedsTheMessageSaysWhyItCannotBeRebuilt() throws Exception {
    Damage.MANIFEST_UNREADABLE.apply(index);
    Path noSeeds = dir.resolve("no-seeds");
    CommandLineTest.Run r = CommandLineTest.run("search", "--index", index.toString(), "--seeds", noSeeds.toString(), "--rebuild-if-broken", "x");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("manifest.json is not valid JSON"), r.err());
    assertTrue(r.err().endsWith("; it cannot be rebuilt here because seeds folder " + noSeeds + " does not exist: "
        + "restore the index, or set --seeds to the article files\n"), r.err());
  }

  @Test
  void aMissingIndexWithoutSeedsIsNamedAndAnExplicitReindexRepairsABrokenOne() throws Exception {
    Path none = dir.resolve("none");
    Path noSeeds = dir.resolve("no-seeds");
    CommandLineTest.Run r = CommandLineTest.run("search", "--index", none.toString(), "--seeds", noSeeds.toString(), "x");
    assertEquals(1, r.exit());
    assertEquals("wjw-search search: no index in " + none + " and nothing to build one from: seeds folder " + noSeeds
        + " does not exist (set --seeds)\n", r.err());

    Damage.COMMIT_FILE_DELETED.apply(index);
    CommandLineTest.Run reindex = CommandLineTest.run("reindex", "--index", index.toString(), "--seeds", seeds.toString());
    assertEquals(0, reindex.exit(), reindex.err());
    assertEquals(SEED_STATEMENTS, IndexCheck.verifyLive(index));
    assertEquals(1, IndexCheck.generations(index).size());
  }

  private void assertOneLineRefusal(int exit, String err, String prefix, Damage damage) {
    assertEquals(1, exit, err);
    assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, () -> "one line: " + err);
    String where = damage == Damage.INDEX_IS_A_FILE ? "index folder " + index + " " : "index " + index + " ";
    assertTrue(err.startsWith(prefix + where), err);
    for (String part : damage.says) {
      assertTrue(err.contains(part), () -> "'" + part + "' in " + err);
    }
    assertTrue(err.endsWith(damage.advice(seeds) + "\n"), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
