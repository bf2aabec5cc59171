package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import wjw.ingest.ArticleReader;

/** The commands as a user runs them: arguments in, text or JSON out, exit codes. */
class CommandLineTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aCommandLineBuiltForOneSubcommandParsesItAsTheFullOneDoes() {
    assertEquals(List.of("reindex", "segment", "search", "serve", "generate", "bench"),
        List.copyOf(Main.commandLine().getSubcommands().keySet()));
    assertEquals(List.of("serve"), List.copyOf(Main.commandLine("serve").getSubcommands().keySet()));
    assertEquals(6, Main.commandLine("no-such-command").getSubcommands().size(), "help and errors list every command");
    // the settings reach the one subcommand too: enum values in any case, the error handler
    String[] args = {"serve", "--opensearch-scoring", "global", "--port", "0"};
    CommandLine.ParseResult one = Main.commandLine("serve").parseArgs(args);
    CommandLine.ParseResult all = Main.commandLine().parseArgs(args);
    assertEquals(all.subcommand().matchedOptionValue("--opensearch-scoring", null).toString(),
        one.subcommand().matchedOptionValue("--opensearch-scoring", null).toString());
    assertEquals(Main.commandLine().getSubcommands().get("serve").getExecutionExceptionHandler().getClass(),
        Main.commandLine("serve").getSubcommands().get("serve").getExecutionExceptionHandler().getClass());
  }

  @Test
  void segmentJsonPrintsBothSeedArticlesWithTheirStatements() throws Exception {
    Run r = run("segment", "--json", "seeds/000_d51fea8ea64b6d2e.txt", "seeds/002_10f19fc5a49f6661.txt");
    assertEquals(0, r.exit(), r.err());
    JsonNode articles = Json.MAPPER.readTree(r.out()).get("articles");
    assertEquals(2, articles.size());
    assertEquals(7, articles.get(0).get("statements").size());
    assertEquals(8, articles.get(1).get("statements").size());
    JsonNode beijing = articles.get(0).get("statements").get(0);
    assertEquals("北京市", beijing.get("province").asText());
    assertEquals("北京市卫生健康委", beijing.get("organization").asText());
    assertEquals("钟东波", beijing.get("officials").get(0).get("name").asText());
    assertEquals("党委书记", beijing.get("officials").get(0).get("title").asText());
    assertTrue(beijing.get("text").asText().startsWith("2026年是“十五五”开局之年"));
    assertEquals(20, beijing.get("paragraphs").get(0).get("lines").get(0).asInt());
    assertEquals("以人为本 健康优先", articles.get(0).get("headline").asText());
    assertEquals(2024, articles.get(1).get("year").asInt());
  }

  @Test
  void segmentShowsEveryLineRoleOnRequest() {
    Run r = run("segment", "--lines", "seeds/000_d51fea8ea64b6d2e.txt");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("  110  BYLINE"), r.out());
    assertTrue(r.out().contains("   14  CAPTION"), r.out());
  }

  @Test
  void segmentNamesABadFileAndStillPrintsTheGoodOnes() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run r = run("segment", "seeds/000_d51fea8ea64b6d2e.txt", empty.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("empty.txt") && r.err().contains("empty file"), r.err());
    assertTrue(r.out().contains("statements 7"));
  }

  @Test
  void searchIndexesTheSeedsOnFirstUseAndListsHighlightedHits() {
    Path index = dir.resolve("index");
    Run r = run("search", "--index", index.toString(), "医共体");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("indexing"), r.err());
    long expected = 0;
    for (String seed : List.of("seeds/000_d51fea8ea64b6d2e.txt", "seeds/002_10f19fc5a49f6661.txt")) {
      expected += assertDoesNotThrow(() -> new ArticleReader().read(Path.of(seed)).article()).statements().stream()
          .filter(s -> s.text().contains("医共体")).count();
    }
    assertTrue(r.out().startsWith("医共体: " + expected + " statements"), r.out());
    assertTrue(r.out().contains("【医共体】"), r.out());
    assertFalse(r.out().contains("<mark>"), "no raw HTML in the terminal view");
    Run again = run("search", "--index", index.toString(), "--province", "北京", "--json", "医共体");
    assertEquals("", again.err());
    assertTrue(again.out().contains("\"took_ms\""), again.out());
  }

  @Test
  void aBadQueryExitsWithAReasonNotAStackTrace() {
    Run r = run("search", "--index", dir.resolve("index").toString(), "*体");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("leading wildcard"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void serveRefusesBadLimitOptionsBeforeTouchingTheIndexAndNeverEchoesTheToken() {
    String token = "Tk-" + "5e2b90c1";
    Path index = dir.resolve("never-built");
    String[][] bad = {
        {"--cors-origin", "example.org", "--cors-origin must be an origin like https://example.org"},
        {"--cors-origin", "https://example.org/app", "no path"},
        {"--idle-timeout", "0", "--idle-timeout must be positive"},
        {"--max-concurrent", "0", "--max-concurrent must be at least 1"},
        {"--max-connections", "8", "--max-connections (8) must be at least --max-concurrent (64)"},
        {"--port", "x" + token.length(), "'--port'"},
        {"--bogus", "", "Unknown option: '--bogus'"},
    };
    for (String[] b : bad) {
      List<String> args = new ArrayList<>(List.of("serve", "--index", index.toString(), "--admin-token", token, b[0]));
      if (!b[1].isEmpty()) {
        args.add(b[1]);
      }
      Run r = run(args.toArray(String[]::new));
      assertEquals(2, r.exit(), b[0] + " " + b[1] + ": " + r.err());
      assertTrue(r.err().contains(b[2]), r.err());
      assertFalse((r.out() + r.err()).contains(token), "the token is echoed: " + r.err());
      assertFalse(Files.exists(index), "a refused option must not build the index");
    }
    Run help = run("serve", "--help");
    for (String option : List.of("--cors-origin", "--idle-timeout", "--max-concurrent", "--max-connections")) {
      assertTrue(help.out().contains(option), help.out());
    }
  }

  @Test
  void reindexExitsNonZeroOnABadFileUnlessToldToSkipIt() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(Path.of("seeds/000_d51fea8ea64b6d2e.txt"), seeds.resolve("a.txt"));
    Files.write(seeds.resolve("b.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41});
    List<String> base = new ArrayList<>(List.of("reindex", "--seeds", seeds.toString(), "--index", dir.resolve("i").toString()));
    Run failed = run(base.toArray(String[]::new));
    assertEquals(1, failed.exit());
    assertTrue(failed.out().contains("FAILED      b.txt"), failed.out());
    assertTrue(failed.err().contains("previous index kept"), failed.err());
    base.add("--skip-bad");
    Run skipped = run(base.toArray(String[]::new));
    assertEquals(0, skipped.exit(), skipped.err());
    assertTrue(skipped.out().contains("ok          a.txt: 7 statements (UTF-8)"), skipped.out());
  }

  @Test
  void reindexOfAnArchiveListsOnlyTheFilesWorthALook() throws Exception {
    Path seeds = dir.resolve("archive");
    assertEquals(0, run("generate", "--articles", "120", "--out", seeds.toString()).exit());
    Files.write(seeds.resolve("gen-000121.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41});
    Run r = run("reindex", "--seeds", seeds.toString(), "--index", dir.resolve("i").toString(), "--skip-bad");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("ok          120 more files, indexed without remarks"), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("FAILED      gen-000121.txt: ")), r.out());
    assertTrue(lines.size() < 10, "one line per file only up to 100 files: " + lines.size() + " lines");
  }

  @Test
  void reindexAndSegmentApplyCorrectionsAndPrintWarnings() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(Path.of("seeds/000_d51fea8ea64b6d2e.txt"), seeds.resolve("000_d51fea8ea64b6d2e.txt"));
    Files.writeString(seeds.resolve("corrections.json"), "{\"corrections\": ["
        + "{\"article\": \"000_d51fea8ea64b6d2e\", \"move\": {\"paragraph\": \"扎实做好为民服务实事\", \"to\": \"张波\"}},"
        + "{\"article\": \"000_d51fea8ea64b6d2e\", \"move\": {\"paragraph\": \"育儿补贴\", \"to\": \"张波\"}},"
        + "{\"article\": \"000_d51fea8ea64b6d2e\", \"set\": {\"date\": \"2026-01-05\"}}]}");
    Run reindex = run("reindex", "--seeds", seeds.toString(), "--index", dir.resolve("index").toString());
    assertEquals(0, reindex.exit(), reindex.err());
    assertTrue(reindex.out().contains(
        "warning  corrections.json #2: no paragraph starting 育儿补贴 in 000_d51fea8ea64b6d2e\n"), reindex.out());

    Run segment = run("segment", seeds.resolve("000_d51fea8ea64b6d2e.txt").toString());
    assertEquals(0, segment.exit(), segment.err());
    assertTrue(segment.err().contains("warning  corrections.json #2: no paragraph starting 育儿补贴"), segment.err());
    assertTrue(segment.out().contains("(id 000_d51fea8ea64b6d2e, year 2026, date 2026-01-05, UTF-8)"), segment.out());
    String shanxi = segment.out().substring(segment.out().indexOf("山西省 · 山西省卫生健康委"));
    assertTrue(shanxi.substring(0, shanxi.indexOf("\n[")).contains("扎实做好为民服务实事。"), shanxi);
    assertFalse(segment.err().contains("corrections.json #1"), segment.err());
    assertFalse(reindex.out().contains("corrections.json #1"), reindex.out());

    Path other = Files.writeString(dir.resolve("other.json"), "{\"corrections\": [{\"article\": \"x\"}]}");
    Run bad = run("segment", "--corrections", other.toString(), seeds.resolve("000_d51fea8ea64b6d2e.txt").toString());
    assertEquals(1, bad.exit());
    assertTrue(bad.err().contains("other.json #1: needs one of \"move\", \"official\" or \"set\""), bad.err());

    Run badReindex = run("reindex", "--seeds", seeds.toString(), "--index", dir.resolve("index").toString());
    assertEquals(0, badReindex.exit());
    Files.writeString(seeds.resolve("corrections.json"), "{\"corrections\": [");
    badReindex = run("reindex", "--seeds", seeds.toString(), "--index", dir.resolve("index").toString());
    assertEquals(1, badReindex.exit());
    assertTrue(badReindex.err().startsWith("wjw-search: corrections.json: not valid JSON"), badReindex.err());
    assertTrue(badReindex.err().contains("previous index kept"), badReindex.err());
  }

  @Test
  void reindexTakesAFileSizeLimitAndRefusesAnInvalidOne() throws Exception {
    Path index = dir.resolve("i");
    long small = Files.size(Path.of("seeds/000_d51fea8ea64b6d2e.txt"));
    long large = Files.size(Path.of("seeds/002_10f19fc5a49f6661.txt"));
    assertTrue(small < large);
    String limit = String.valueOf(small);
    Run failed = run("reindex", "--index", index.toString(), "--max-file-size", limit);
    assertEquals(1, failed.exit(), failed.err());
    assertTrue(failed.out().contains("FAILED      002_10f19fc5a49f6661.txt: file too large (" + large
        + " bytes, limit " + small + ")"), failed.out());
    assertTrue(failed.err().contains("previous index kept"), failed.err());
    Run skipped = run("reindex", "--index", index.toString(), "--max-file-size", limit, "--skip-bad");
    assertEquals(0, skipped.exit(), skipped.err());
    assertTrue(skipped.out().contains("ok          000_d51fea8ea64b6d2e.txt: 7 statements (UTF-8)\n"), skipped.out());
    assertEquals(0, run("reindex", "--index", index.toString(), "--max-file-size", "20KB").exit());

    for (String command : List.of("reindex", "serve")) {
      Run bad = run(command, "--index", index.toString(), "--max-file-size", "20XB");
      assertEquals(2, bad.exit(), bad.err());
      assertTrue(bad.err().startsWith("Invalid value for option '--max-file-size': '20XB' is not a size: give bytes"
          + " (1048576) or a whole number with KB, MB or GB (512KB, 20MB)"), bad.err());
      assertFalse(bad.err().contains("\tat "), bad.err());
    }
    Run zero = run("reindex", "--index", index.toString(), "--max-file-size", "0");
    assertEquals(2, zero.exit());
    assertTrue(zero.err().contains("'0' is too small: the limit must be at least 1 byte"), zero.err());
  }

  @Test
  void reindexOfAMissingSeedsFolderNamesItAndKeepsTheOldIndex() throws Exception {
    Path index = dir.resolve("i");
    assertEquals(0, run("reindex", "--index", index.toString()).exit());
    Run before = run("search", "--index", index.toString(), "--json", "托育");
    Path missing = dir.resolve("nowhere");
    Run r = run("reindex", "--seeds", missing.toString(), "--index", index.toString());
    assertEquals(1, r.exit());
    assertEquals("wjw-search: seeds folder " + missing + " does not exist; index not changed\n", r.err());
    Run after = run("search", "--index", index.toString(), "--json", "托育");
    assertEquals(before.out().replaceAll("\"took_ms\" : \\d+", ""), after.out().replaceAll("\"took_ms\" : \\d+", ""));
  }

  @Test
  void reindexSaysWhichFilesWereDecodedAsGb18030() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.copy(Path.of("seeds/000_d51fea8ea64b6d2e.txt"), seeds.resolve("a.txt"));
    Files.write(seeds.resolve("b.txt"), Files.readString(Path.of("seeds/002_10f19fc5a49f6661.txt"))
        .getBytes(java.nio.charset.Charset.forName("GBK")));
    Run r = run("reindex", "--seeds", seeds.toString(), "--index", dir.resolve("i").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("ok          a.txt: 7 statements (UTF-8)\n"
        + "ok          b.txt: 8 statements (GB18030) — decoded as GB18030 (not valid UTF-8)\n"), r.out());
  }
}
