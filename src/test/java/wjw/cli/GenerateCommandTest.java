package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.ArticleReader;

/** {@code generate} as a user runs it: the summary line, readable pages, and the refusal of a non-empty folder. */
class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void writesPagesAndPrintsASummary() throws Exception {
    Path out = dir.resolve("corpus");
    CommandLineTest.Run r = CommandLineTest.run("generate", "--articles", "4", "--out", out.toString(), "--seed", "9");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s)4 articles, \\d+ statements, [0-9.]+ MB in [0-9.]+ s -> .*\\n"), r.out());
    assertEquals(4, Files.list(out).count());
    assertTrue(new ArticleReader().read(out.resolve("gen-000004.txt")).article().statements().size() >= 6);
  }

  @Test
  void refusesANonEmptyFolderUnlessForced() throws Exception {
    Path out = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(out.resolve("x.txt"), "x");
    CommandLineTest.Run refused = CommandLineTest.run("generate", "--articles", "2", "--out", out.toString());
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("is not empty") && refused.err().contains("--force"), refused.err());
    assertEquals(1, Files.list(out).count());

    CommandLineTest.Run forced = CommandLineTest.run("generate", "--articles", "2", "--out", out.toString(), "--force");
    assertEquals(0, forced.exit(), forced.err());
    assertEquals(3, Files.list(out).count());
  }
}
