package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.FileReport;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.search.Facets;
import wjw.search.LuceneSearchService;

/**
 * Statements whose header names no place (a deputy, a ministry official) and a page without speakers, through the
 * reindex report and the API: a province facet bucket {@link Facets#NO_PROVINCE} that filters them, hits and
 * statements with a null province and their organisation, subtitles marked in the statement view.
 */
class SpeakersWithoutProvinceApiTest {
  static final String ROUNDUP = String.join("\n",
      "第05版:要闻", "", "代表委员热议健康中国建设", "",
      "阅读提示", "", "全国两会期间，代表委员们围绕卫生健康工作建言献策。", "",
      "■全国人大代表、浙江省人民医院院长 陈立新：", "", "守护人民健康", "",
      "公立医院要坚持公益性，把患者的需求放在首位。", "",
      "赵志刚（全国人大代表）", "", "要持续推进分级诊疗制度建设，让群众在家门口的医院就能看好病。", "",
      "国家疾控局副局长 孙晓燕", "", "传染病监测预警能力建设必须常抓不懈，医院要守好哨点。", "");
  static final String NO_SPEAKERS = "多地部署今年工作\n\n记者从多地卫生健康部门获悉，今年各地医院将推进改革。\n";

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static ApiServer server;
  static HttpClientSupport http;
  static ReindexReport report;

  @BeforeAll
  static void start() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    Files.writeString(seeds.resolve("roundup.txt"), ROUNDUP);
    Files.writeString(seeds.resolve("news.txt"), NO_SPEAKERS);
    Path index = tmp.resolve("index");
    report = new Reindexer(seeds, index).run(false);
    service = LuceneSearchService.open(index);
    server = new ApiServer(service, () -> report, "token", Path.of("web"), "127.0.0.1", 0).start();
    http = new HttpClientSupport(server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    service.close();
  }

  @Test
  void theReindexReportSaysWhichPageHasNoSpeakersAndCountsFurniture() {
    FileReport news = report.files().stream().filter(f -> f.file().equals("news.txt")).findFirst().orElseThrow();
    assertEquals("no-headers", news.status());
    assertEquals("ok", report.files().stream().filter(f -> f.file().equals("roundup.txt")).findFirst()
        .orElseThrow().status());
    // the seeds' headlines, leads, bylines and captions, and the roundup's label, headline, section label and lead
    assertTrue(report.furnitureChars() > "第05版:要闻代表委员热议健康中国建设阅读提示".length(), report.toString());
  }

  @Test
  void statementsWithoutProvinceHaveAFacetBucketThatFiltersThem() throws Exception {
    JsonNode all = http.get("/api/search?q=" + HttpClientSupport.enc("医院") + "&size=100").json();
    long total = all.get("total").asLong();
    long sum = 0;
    long none = 0;
    for (JsonNode v : all.get("facets").get("province")) {
      sum += v.get("count").asLong();
      if (v.get("value").asText().equals(Facets.NO_PROVINCE)) {
        none = v.get("count").asLong();
      }
    }
    assertEquals(total, sum, "every matching statement is counted once in the province facet");
    List<JsonNode> withoutProvince = new ArrayList<>();
    all.get("hits").forEach(h -> {
      if (h.get("province").isNull()) {
        withoutProvince.add(h);
      }
    });
    // 赵志刚 (全国人大), 孙晓燕 (国家疾控局) and the page without speakers
    assertEquals(3, none, all.get("facets").toString());
    assertEquals(3, withoutProvince.size());
    assertTrue(withoutProvince.stream().anyMatch(h -> h.get("organization").asText().equals("国家疾控局")));

    JsonNode filtered = http.get("/api/search?q=" + HttpClientSupport.enc("医院") + "&province="
        + HttpClientSupport.enc(Facets.NO_PROVINCE)).json();
    assertEquals(none, filtered.get("total").asLong());
    filtered.get("hits").forEach(h -> assertTrue(h.get("province").isNull(), h.toString()));
  }

  @Test
  void aHospitalHeadHasTheProvinceHisHospitalNamesAndASubtitle() throws Exception {
    JsonNode hits = http.get("/api/search?q=" + HttpClientSupport.enc("公益性")).json().get("hits");
    JsonNode hit = null;
    for (JsonNode h : hits) {
      if (h.get("officials").get(0).get("name").asText().equals("陈立新")) {
        hit = h;
      }
    }
    assertTrue(hit != null, hits.toString());
    assertEquals("浙江省", hit.get("province").asText());
    assertEquals("浙江省人民医院", hit.get("organization").asText());
    assertEquals("全国人大代表、浙江省人民医院院长", hit.get("officials").get(0).get("title").asText());
    JsonNode paragraphs = http.get("/api/statements/" + hit.get("id").asText()).json().get("paragraphs");
    assertEquals("守护人民健康", paragraphs.get(0).get("text").asText());
    assertEquals("subtitle", paragraphs.get(0).get("role").asText());
    assertEquals("text", paragraphs.get(1).get("role").asText());
  }

  @Test
  void officialsWithoutProvinceAreListed() throws Exception {
    JsonNode officials = http.get("/api/officials").json();
    assertTrue(officials.toString().contains("孙晓燕"), officials.toString());
  }
}
