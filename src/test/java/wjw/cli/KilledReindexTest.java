package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.bench.CorpusGenerator;
import wjw.bench.GeneratedCorpus;
import wjw.bench.GeneratedPage;

/**
 * {@code kill -9} of a reindex child process at random moments, many times: afterwards the index that
 * opens is always the last complete one with every statement of it (the old one, or the new one if
 * its publish had completed), never a half-built one; what the killed runs left is removed by the next
 * reindex or serve, and their lock file blocks nothing.
 */
class KilledReindexTest {
  private static final long SEED = 6_2026L;
  private static final int PAGES = 30;
  private static final int KILLS = 26;
  private static final Duration LIMIT = Duration.ofMinutes(2);

  @TempDir Path dir;
  Path seeds;
  Path index;
  Path logs;
  Path extraFile;
  GeneratedPage extra;

  /** Where a kill is aimed: a random moment of the run, or the instant a step of the build shows on disk. */
  enum Aim { RANDOM_MOMENT, BUILD_STARTED, LUCENE_COMMIT, MANIFEST_WRITTEN, CURRENT_SWITCHED }

  @Test
  void aReindexKilledAtAnyMomentLeavesTheLastCompleteIndexLive() throws Exception {
    long testStart = System.nanoTime();
    seeds = dir.resolve("seeds");
    index = dir.resolve("index");
    logs = dir.resolve("logs");
    CorpusGenerator generator = new CorpusGenerator(Path.of("seeds"), SEED);
    GeneratedCorpus corpus = generator.write(seeds, PAGES);
    // Present or not, this page makes consecutive builds differ, so the count tells which one is live.
    extra = generator.page(PAGES + 1);
    extraFile = seeds.resolve(extra.fileName());
    Map<Boolean, Integer> expected = Map.of(false, corpus.statements(),
        true, corpus.statements() + extra.statements().size());

    // Two complete runs: the run time to spread the kills over, and the counts the generator promised.
    long fullMillis = Long.MAX_VALUE;
    for (boolean withExtra : List.of(true, false)) {
      setExtra(withExtra);
      long started = System.nanoTime();
      ChildJvm.Result r = ChildJvm.run(logs, LIMIT, reindexArgs());
      fullMillis = Math.min(fullMillis, (System.nanoTime() - started) / 1_000_000);
      assertEquals(0, r.exit(), r.err());
      assertEquals((int) expected.get(withExtra), IndexCheck.verifyLive(index));
    }
    System.out.printf("KilledReindexTest: a complete reindex of %d pages takes %d ms%n", PAGES, fullMillis);

    Random random = new Random(SEED);
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    int killed = 0;
    int beforeCount = expected.get(false);
    for (int i = 0; i < KILLS; i++) {
      String before = IndexCheck.current(index);
      boolean withExtra = beforeCount == expected.get(false);
      setExtra(withExtra);
      Set<String> generationsBefore = IndexCheck.generations(index);

      long launched = System.nanoTime();
      ChildJvm child = ChildJvm.start(logs, reindexArgs());
      Aim aim = i % 3 == 2 ? Aim.values()[2 + (i / 3) % 3] : Aim.RANDOM_MOMENT;
      // the last tenth, publishing, is the aimed kills' part; random ones past the end would hit nothing
      long delay = random.nextLong(fullMillis * 9 / 10);
      aimAndWait(aim, delay, child, before, generationsBefore);
      boolean finishedFirst = !child.process().isAlive();
      child.kill();
      if (!finishedFirst) {
        killed++;
      } else {
        assertEquals(0, child.process().exitValue(), "a run not killed must succeed (no stale lock): " + child.err());
      }

      String after = IndexCheck.current(index);
      String outcome = outcome(finishedFirst, before, after, generationsBefore);
      outcomes.merge(outcome, 1, Integer::sum);
      boolean switched = !after.equals(before);
      int count = IndexCheck.verifyLive(index);
      assertEquals(switched ? expected.get(withExtra) : beforeCount, count,
          "kill " + i + " (" + aim + ", " + outcome + "): the live index is the last complete one, whole");
      beforeCount = count;
      System.out.printf("kill %2d  %-14s %5d ms  %s%n", i, aim, (System.nanoTime() - launched) / 1_000_000, outcome);
      if (finishedFirst) {
        assertEquals(Set.of(after), IndexCheck.generations(index), "a finished reindex leaves only its generation");
        assertFalse(Files.exists(index.resolve("CURRENT.tmp")));
      }
    }

    // A build killed mid-way leaves a partial generation; serve removes it at start and serves the live one.
    String live = IndexCheck.current(index);
    setExtra(IndexCheck.verifyLive(index) == expected.get(false));
    Set<String> generationsBefore = IndexCheck.generations(index);
    ChildJvm child = ChildJvm.start(logs, reindexArgs());
    waitUntil(child, () -> !generationsBefore.containsAll(generations()));
    child.kill();
    killed++;
    assertEquals(live, IndexCheck.current(index));
    assertTrue(IndexCheck.generations(index).size() > 1, "a partial generation was left");
    assertTrue(Files.exists(index.resolve("reindex.lock")), "the dead process's lock file is still there");
    int liveCount = IndexCheck.verifyLive(index);
    serveRemovesLeftoversAndServes(live, liveCount);

    // The lock file of the killed runs does not block a new reindex, which completes.
    setExtra(liveCount == expected.get(false));
    ChildJvm.Result last = ChildJvm.run(logs, LIMIT, reindexArgs());
    assertEquals(0, last.exit(), last.err());
    assertEquals(1, IndexCheck.generations(index).size());
    assertNotEquals(liveCount, IndexCheck.verifyLive(index));

    System.out.printf("KilledReindexTest: %d kills (reindex of %d pages, %d ms when not killed), outcomes %s; "
        + "every time the last complete index opened whole; %.0f s%n", killed, PAGES, fullMillis, outcomes,
        (System.nanoTime() - testStart) / 1e9);
    assertTrue(killed >= 20, "most runs were really killed: " + outcomes);
    assertTrue(outcomes.containsKey("killed while indexing"), "some kills hit the build itself: " + outcomes);
  }

  private String[] reindexArgs() {
    return new String[] {"reindex", "--seeds", seeds.toString(), "--index", index.toString()};
  }

  private void setExtra(boolean present) throws IOException {
    if (present) {
      Files.writeString(extraFile, extra.text());
    } else {
      Files.deleteIfExists(extraFile);
    }
  }

  private Set<String> generations() {
    try {
      return IndexCheck.generations(index);
    } catch (IOException e) {
      return Set.of(); // a folder vanished while listed: look again
    }
  }

  /** Waits for the moment to kill: {@code delayMillis} after the start, or the first sign of a build step. */
  private void aimAndWait(Aim aim, long delayMillis, ChildJvm child, String before, Set<String> generationsBefore)
      throws Exception {
    switch (aim) {
      case RANDOM_MOMENT -> child.process().waitFor(delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
      case BUILD_STARTED -> waitUntil(child, () -> !generationsBefore.containsAll(generations()));
      case LUCENE_COMMIT -> waitUntil(child, () -> newGenerationHas(generationsBefore, "segments_1"));
      case MANIFEST_WRITTEN -> waitUntil(child, () -> newGenerationHas(generationsBefore, "manifest.json"));
      case CURRENT_SWITCHED -> waitUntil(child, () -> {
        try {
          return !IndexCheck.current(index).equals(before);
        } catch (IOException e) {
          return false;
        }
      });
    }
  }

  private boolean newGenerationHas(Set<String> generationsBefore, String file) {
    for (String g : generations()) {
      if (!generationsBefore.contains(g) && Files.exists(index.resolve(g).resolve(file))) {
        return true;
      }
    }
    return false;
  }

  /** Polls every millisecond until {@code condition} holds or the child has ended. */
  private static void waitUntil(ChildJvm child, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (child.process().isAlive() && !condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
  }

  /** What the disk says the killed run had done, by the traces each step leaves. */
  private String outcome(boolean finishedFirst, String before, String after, Set<String> generationsBefore)
      throws IOException {
    if (finishedFirst) {
      return "finished before the kill";
    }
    if (!after.equals(before)) {
      return IndexCheck.generations(index).contains(before)
          ? "killed after the CURRENT switch, before the old generation was deleted"
          : "killed after the CURRENT switch and clean-up";
    }
    Set<String> started = new HashSet<>(IndexCheck.generations(index));
    started.removeAll(generationsBefore);
    if (started.isEmpty()) {
      return "killed before the build began";
    }
    Path building = index.resolve(started.iterator().next());
    if (Files.exists(building.resolve("manifest.json"))) {
      return "killed while publishing, before the CURRENT switch";
    }
    if (Files.exists(building.resolve("segments_1"))) {
      return "killed after the Lucene commit, before the manifest";
    }
    return "killed while indexing";
  }

  private void serveRemovesLeftoversAndServes(String live, int liveCount) throws Exception {
    ChildJvm serve = ChildJvm.start(logs, "serve", "--index", index.toString(), "--seeds", seeds.toString(),
        "--port", "0");
    try {
      int port = serve.awaitServing(LIMIT);
      assertEquals(Set.of(live), IndexCheck.generations(index), "serve removed the partial generation");
      assertTrue(serve.err().contains("removed what interrupted or older reindexes left"), serve.err());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"statements\":" + liveCount), health.body());
    } finally {
      serve.process().destroy();
      serve.waitFor(Duration.ofSeconds(30));
    }
  }
}
