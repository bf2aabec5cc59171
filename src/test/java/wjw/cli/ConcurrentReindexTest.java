package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.bench.CorpusGenerator;
import wjw.bench.GeneratedCorpus;

/** Two reindex processes on one index: the second is refused at once with who holds the lock; nothing is corrupted. */
class ConcurrentReindexTest {
  private static final Duration LIMIT = Duration.ofMinutes(2);

  @TempDir Path dir;

  @Test
  void aSecondReindexProcessIsRefusedWhileTheFirstRuns() throws Exception {
    Path seeds = dir.resolve("seeds");
    Path index = dir.resolve("index");
    Path logs = dir.resolve("logs");
    GeneratedCorpus corpus = new CorpusGenerator(Path.of("seeds"), 11).write(seeds, 100);
    String[] reindex = {"reindex", "--seeds", seeds.toString(), "--index", index.toString()};

    ChildJvm first = ChildJvm.start(logs, reindex);
    first.awaitLock(index, LIMIT);
    ChildJvm.Result second = ChildJvm.run(logs, LIMIT, reindex);
    assertTrue(first.process().isAlive(), "the second was refused while the first still ran");
    assertEquals(1, second.exit(), second.err());
    assertTrue(second.err().startsWith("wjw-search: another reindex is running (pid " + first.pid() + ", started "),
        second.err());
    assertEquals(1, second.err().strip().lines().count(), "one line: " + second.err());
    assertFalse(second.hasStackTrace(), second.err());

    assertEquals(0, first.waitFor(LIMIT), first.err());
    assertEquals(corpus.statements(), IndexCheck.verifyLive(index), "the first one's index is whole");
    assertEquals(Set.of(IndexCheck.current(index)), IndexCheck.generations(index));
    assertEquals("", Files.readString(index.resolve("reindex.lock"), StandardCharsets.UTF_8),
        "the lock note is cleared on release");
  }
}
