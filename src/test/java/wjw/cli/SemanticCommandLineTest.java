package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --semantic}/{@code --no-semantic} on reindex and {@code search --mode}, run in-process on the seeds. */
class SemanticCommandLineTest {
  @TempDir Path dir;

  @Test
  void theSeedsGetVectorsByDefaultAndASecondReindexEmbedsNothing() {
    String index = dir.resolve("index").toString();
    CommandLineTest.Run first = CommandLineTest.run("reindex", "--index", index);
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("paragraph vectors: 79 paragraphs, 0 from the embedding cache, 79 embedded"),
        first.out());
    CommandLineTest.Run second = CommandLineTest.run("reindex", "--index", index);
    assertTrue(second.out().contains("paragraph vectors: 79 paragraphs, 79 from the embedding cache, 0 embedded"),
        second.out());

    CommandLineTest.Run hybrid = CommandLineTest.run("search", "--index", index, "--mode", "hybrid", "--size", "3",
        "老年人和婴幼儿照护服务");
    assertEquals(0, hybrid.exit(), hybrid.err());
    assertTrue(hybrid.out().startsWith("老年人和婴幼儿照护服务: 15 statements"), hybrid.out());
    assertTrue(hybrid.out().contains(", mode hybrid") && hybrid.out().contains("not every statement"), hybrid.out());
    assertTrue(hybrid.out().contains("1. 天津市 2026") && hybrid.out().contains("matched by meaning: paragraph 3"),
        hybrid.out());

    CommandLineTest.Run literal = CommandLineTest.run("search", "--index", index, "托育");
    assertTrue(literal.out().startsWith("托育: 9 statements (") && !literal.out().contains("mode"), literal.out());
  }

  @Test
  void noSemanticBuildsNoVectorsAndABadModeNamesTheModes() {
    String index = dir.resolve("index").toString();
    CommandLineTest.Run off = CommandLineTest.run("reindex", "--index", index, "--no-semantic");
    assertEquals(0, off.exit(), off.err());
    assertTrue(off.out().contains("paragraph vectors: none (semantic indexing is off (--no-semantic))"), off.out());
    CommandLineTest.Run semantic = CommandLineTest.run("search", "--index", index, "--mode", "semantic", "托育");
    assertEquals(CliErrors.FAILED, semantic.exit());
    assertTrue(semantic.err().contains("has no paragraph vectors") && semantic.err().contains("--semantic"),
        semantic.err());
    CommandLineTest.Run bad = CommandLineTest.run("search", "--index", index, "--mode", "words", "托育");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--mode must be one of literal, semantic, hybrid; got \"words\""), bad.err());
  }
}
