package wjw.search;

import wjw.index.Dimensions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.bench.CorpusGenerator;
import wjw.ingest.model.Statement;

/**
 * Exports over generated pages and the seeds, read back with the same library: every hit, in the search's order,
 * with the fields a spreadsheet needs; refused above the row limit; rows handed over one at a time.
 */
class ExportTest {
  static final CsvMapper CSV = new CsvMapper();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path pages;
  static LuceneSearchService service;
  static Map<String, Statement> statements;

  @BeforeAll
  static void index() throws Exception {
    pages = dir.resolve("pages");
    new CorpusGenerator(SeedIndex.SEEDS, 15).write(pages, 120);
    service = SeedIndex.build(pages, dir.resolve("index"));
    statements = SeedIndex.statements(pages).stream().collect(Collectors.toMap(Statement::id, s -> s));
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  static String export(String q, ExportFormat format, boolean bom) throws IOException {
    StringWriter out = new StringWriter();
    service.export(new SearchRequest(q, null, null, null, 0, 10), new ExportWriter(format, out, bom));
    return out.toString();
  }

  static List<Map<String, String>> readCsv(byte[] bytes) throws IOException {
    try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
      return rows.readAll();
    }
  }

  /** Every statement id in the search's order, page by page. */
  static List<String> searchOrder(String q) {
    List<String> ids = new ArrayList<>();
    for (int from = 0; ; from += RequestLimits.MAX_SIZE) {
      SearchResult page = service.search(new SearchRequest(q, null, null, null, from, RequestLimits.MAX_SIZE));
      page.hits().forEach(h -> ids.add(h.id()));
      if (page.hits().size() < RequestLimits.MAX_SIZE) {
        return ids;
      }
    }
  }

  @Test
  void csvHoldsEveryHitInTheSearchOrderAndReadsBackThroughItsBom() throws Exception {
    byte[] bytes = export("托育", ExportFormat.CSV, true).getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
    List<Map<String, String>> rows = readCsv(bytes);
    List<String> truth = statements.values().stream()
        .filter(s -> SeedIndex.searchable(s).stream().anyMatch(v -> v.contains("托育")))
        .map(Statement::id).sorted().toList();
    assertTrue(truth.size() > RequestLimits.MAX_SIZE, "more hits than one page: " + truth.size());
    assertEquals(truth, rows.stream().map(r -> r.get("id")).sorted().toList(), "every statement holding 托育, once");
    assertEquals(searchOrder("托育"), rows.stream().map(r -> r.get("id")).toList(), "the search's order");
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Statement s = statements.get(row.get("id"));
      assertEquals(String.valueOf(i + 1), row.get("rank"));
      assertEquals(String.valueOf(s.year()), row.get("year"));
      assertEquals(s.province(), row.get("province"));
      assertEquals(s.organization(), row.get("organization"));
      assertEquals(s.officials().stream().map(o -> o.name() + "（" + o.title() + "）").collect(Collectors.joining("；")),
          row.get("officials"));
      assertEquals(s.articleId() + ".txt", row.get("file"));
      List<Integer> lines = new ArrayList<>();
      s.paragraphs().forEach(p -> lines.addAll(p.lines()));
      assertEquals(SourceLines.ranges(lines), row.get("lines"));
      assertFalse(row.get("headline").isEmpty());
      if (s.text().contains("托育")) {
        assertTrue(row.get("passages").contains("【托育】"), row.toString());
        assertEquals(row.get("passages").split("\n").length, row.get("passage_lines").split("\n").length);
      }
    }
  }

  @Test
  void jsonLinesCarryTheSameRowsWithPassagesOnTheirOwnSourceLines() throws Exception {
    String out = export("医共体", ExportFormat.JSONL, true);
    assertFalse(out.startsWith("\uFEFF"), "JSON Lines never has a BOM");
    String[] lines = out.split("\n", -1);
    assertEquals("", lines[lines.length - 1], "every row ends with a line break");
    List<String> order = searchOrder("医共体");
    assertEquals(order.size(), lines.length - 1);
    for (int i = 0; i < order.size(); i++) {
      JsonNode row = JSON.readTree(lines[i]);
      assertEquals(order.get(i), row.get("id").asText());
      Statement s = statements.get(row.get("id").asText());
      assertEquals(s.officials().get(0).name(), row.get("officials").get(0).get("name").asText());
      assertTrue(row.get("score").floatValue() > 0);
      for (JsonNode passage : row.get("passages")) {
        String plain = passage.get("text").asText().replace("【", "").replace("】", "");
        List<Integer> passageLines = JSON.convertValue(passage.get("lines"), JSON.getTypeFactory()
            .constructCollectionType(List.class, Integer.class));
        assertTrue(s.paragraphs().stream().anyMatch(p -> p.lines().equals(passageLines) && p.text().contains(plain)),
            "passage on its paragraph's lines: " + passage);
      }
    }
  }

  @Test
  void browsingExportsEveryStatementNewestFirstWithoutScores() throws Exception {
    List<Map<String, String>> rows = readCsv(export("", ExportFormat.CSV, false).getBytes(StandardCharsets.UTF_8));
    assertEquals(statements.size(), rows.size());
    assertTrue(rows.stream().allMatch(r -> r.get("score").isEmpty()));
    List<Integer> years = rows.stream().map(r -> Integer.valueOf(r.get("year"))).toList();
    List<Integer> sorted = new ArrayList<>(years);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, years);
  }

  @Test
  void filtersNarrowTheExportAsTheyNarrowTheSearch() throws Exception {
    StringWriter out = new StringWriter();
    long rows = service.export(SearchRequest.of("托育").withFilter(Dimensions.PROVINCE, "北京").withFilter(Dimensions.YEAR, 2020),
        new ExportWriter(ExportFormat.JSONL, out, false));
    long expected = service.search(SearchRequest.of("托育").withFilter(Dimensions.PROVINCE, "北京").withFilter(Dimensions.YEAR, 2020)).total();
    assertEquals(expected, rows);
    assertEquals(expected, out.toString().lines().count());
  }

  @Test
  void rowsAreHandedOverOneAtATimeSoAClientThatLeavesStopsTheExport() {
    List<Long> seen = new ArrayList<>();
    Map<String, Long> begun = new HashMap<>();
    ExportSink leaving = new ExportSink() {
      @Override
      public void begin(long total) {
        begun.put("total", total);
      }

      @Override
      public void row(ExportRow row) throws IOException {
        seen.add(row.rank());
        throw new IOException("client went away");
      }

      @Override
      public void end() {
        throw new AssertionError("an export cut short never ends as if complete");
      }
    };
    assertThrows(IOException.class, () -> service.export(SearchRequest.of(""), leaving));
    assertEquals(List.of(1L), seen);
    assertEquals((long) statements.size(), begun.get("total"));
  }

  @Test
  void anExportAboveTheRowLimitIsRefusedNamingTheCountAndWhatToDo() {
    RequestLimits.checkExportRows(RequestLimits.MAX_EXPORT_ROWS);
    QueryRejectedException e = assertThrows(QueryRejectedException.class,
        () -> RequestLimits.checkExportRows(RequestLimits.MAX_EXPORT_ROWS + 1));
    assertEquals("q", e.parameter());
    assertTrue(e.getMessage().contains("100,001 statements") && e.getMessage().contains("at most 100,000 rows")
        && e.getMessage().contains("add filters"), e.getMessage());
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheParameter() {
    QueryRejectedException e = assertThrows(QueryRejectedException.class, () -> ExportFormat.parse("xlsx"));
    assertEquals("format", e.parameter());
    assertEquals(ExportFormat.JSONL, ExportFormat.parse("JSONL"));
  }
}
