package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.ArticleReader;

/** {@code search --all --format csv|jsonl}: every hit of the seeds, read back with the same library. */
class SearchExportCommandTest {
  @TempDir Path dir;

  static long seedStatementsHolding(String text) throws Exception {
    long n = 0;
    for (String seed : List.of("seeds/000_d51fea8ea64b6d2e.txt", "seeds/002_10f19fc5a49f6661.txt")) {
      n += new ArticleReader().read(Path.of(seed)).article().statements().stream().filter(s -> s.text().contains(text)).count();
    }
    return n;
  }

  @Test
  void allAsCsvToAFileReadsBackWithEveryHit() throws Exception {
    Path out = dir.resolve("托育.csv");
    CommandLineTest.Run r = CommandLineTest.run("search", "--index", dir.resolve("index").toString(), "--all",
        "--format", "csv", "--out", out.toString(), "托育");
    assertEquals(0, r.exit(), r.err());
    byte[] bytes = Files.readAllBytes(out);
    assertEquals((byte) 0xEF, bytes[0], "BOM by default");
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
      rows = it.readAll();
    }
    assertEquals(seedStatementsHolding("托育"), rows.size());
    assertTrue(r.err().contains(rows.size() + " rows written to " + out), r.err());
    assertTrue(rows.stream().allMatch(row -> row.get("passages").contains("【托育】")));
  }

  @Test
  void allAsJsonLinesToStandardOutput() throws Exception {
    CommandLineTest.Run r = CommandLineTest.run("search", "--index", dir.resolve("index").toString(), "--all",
        "--format", "jsonl", "医共体");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(seedStatementsHolding("医共体"), lines.size());
    for (String line : lines) {
      assertTrue(Json.MAPPER.readTree(line).get("passages").get(0).get("text").asText().contains("【医共体】"), line);
    }
  }

  @Test
  void csvWithoutBomStartsWithTheHeader() {
    CommandLineTest.Run r = CommandLineTest.run("search", "--index", dir.resolve("index").toString(), "--all",
        "--format", "csv", "--no-bom", "医共体");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("rank,id,score,year,province,organization,officials,headline,article_id,file,lines,"
        + "passages,passage_lines"), r.out());
    assertFalse(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).startsWith("\uFEFF"));
  }

  @Test
  void allWithoutAFormatOrAFormatWithoutAllIsABadOption() {
    for (String[] args : List.of(new String[] {"--all"}, new String[] {"--format", "csv"}, new String[] {"--out", "x.csv"})) {
      String[] full = new String[args.length + 4];
      full[0] = "search";
      full[1] = "--index";
      full[2] = dir.resolve("index").toString();
      System.arraycopy(args, 0, full, 3, args.length);
      full[full.length - 1] = "托育";
      CommandLineTest.Run r = CommandLineTest.run(full);
      assertEquals(CliErrors.BAD_INPUT, r.exit(), String.join(" ", full) + ": " + r.err());
      assertTrue(r.err().contains("--all and --format csv|jsonl go together"), r.err());
    }
    CommandLineTest.Run xlsx = CommandLineTest.run("search", "--all", "--format", "xlsx", "托育");
    assertEquals(CliErrors.BAD_INPUT, xlsx.exit());
    assertTrue(xlsx.err().contains("xlsx"), xlsx.err());
  }
}
