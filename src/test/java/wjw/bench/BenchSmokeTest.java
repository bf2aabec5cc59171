package wjw.bench;

import wjw.index.Dimensions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import wjw.cli.Main;
import wjw.search.SearchRequest;

/**
 * The whole bench at a tiny size, as a user runs it: every figure is there and measured, no HTTP
 * request failed. No timing is asserted: this machine's speed is not what the test is about.
 */
class BenchSmokeTest {
  @TempDir Path work;

  @Test
  void tinyBenchReportsEveryFigureWithoutErrors() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("bench", "--statements", "200", "--duration", "1", "--warmup", "0.5", "--clients", "1",
        "--work", work.toString(), "--json");
    assertEquals(0, exit, err.toString());

    JsonNode report = new ObjectMapper().readTree(out.toString());
    // the generator lays out whole pages: about the statements asked for, within 10%
    assertTrue(Math.abs(report.get("statements").asInt() - 200) <= 20, out.toString());
    Map<String, JsonNode> figures = new HashMap<>();
    for (JsonNode f : report.get("figures")) {
      figures.put(f.get("section").asText() + " / " + f.get("name").asText(), f);
    }
    for (String name : List.of(
        "corpus / statements", "corpus / statement text",
        "indexing / reindex wall time", "indexing / reindex statements/s", "indexing / reindex text MB/s",
        "indexing / reindex peak heap after GC", "indexing / reindex peak heap used (sampled)",
        "indexing / reference statements/s", "indexing / reference text MB/s",
        "indexing / reindex / reference throughput",
        "in-process / p50", "in-process / p95", "in-process / p99", "in-process / max", "in-process / queries/s",
        "http c=1 / p50", "http c=1 / p95", "http c=1 / p99", "http c=1 / queries/s", "http c=1 / errors",
        "http c=1 / p50 / in-process p50",
        "serve / launch to first answer", "serve / heap after GC", "serve / RssAnon", "serve / index size on disk")) {
      JsonNode f = figures.get(name);
      assertNotNull(f, name + " missing from " + figures.keySet());
      assertFalse(f.get("value").isNull(), name + " was not measured: " + report.get("notes"));
    }
    assertEquals(0, figures.get("http c=1 / errors").get("value").asDouble(), report.get("notes").toString());
    assertTrue(figures.get("http c=1 / queries/s").get("value").asDouble() > 0);
    assertTrue(report.get("queries").size() >= 40);
    // the corpus is kept for the next run with the same size and seed
    assertTrue(Files.exists(work.resolve("corpus-200-1.json")));
  }

  @Test
  void queriesBecomeApiUrlsWithEncodedParameters() {
    BenchQuery q = new BenchQuery("filter", SearchRequest.of("托育 AND \"健康中国\"").withFilter(Dimensions.PROVINCE, "北京市").withFilter(Dimensions.YEAR, 2026)
        .withPage(9900, 10));
    assertEquals("/api/search?q=%E6%89%98%E8%82%B2+AND+%22%E5%81%A5%E5%BA%B7%E4%B8%AD%E5%9B%BD%22"
        + "&province=%E5%8C%97%E4%BA%AC%E5%B8%82&year=2026&from=9900&size=10", q.pathAndQuery());
    assertEquals("[filter] q=托育 AND \"健康中国\" province=北京市 year=2026 from=9900", q.describe());
  }

  @Test
  void tableShowsEveryFigureAndWhetherItsTargetIsMet() {
    BenchReport report = new BenchReport("now", "java", 2, 1, 3, 20, 1, 0, List.of(1),
        List.of(Figure.atMost("serve", "RssAnon", 300.0, "MiB", 1024), Figure.atMost("http c=1", "p50", 4.0, "ms", 3),
            Figure.info("serve", "index size on disk", null, "MB")),
        List.of(), List.of("a note"));
    String table = report.table();
    assertTrue(table.contains("RssAnon") && table.contains("yes"), table);
    assertTrue(table.contains("NO"), table);
    assertTrue(table.contains("n/a"), table);
    assertTrue(table.contains("note: a note"), table);
    assertFalse(report.allTargetsMet());
  }
}
