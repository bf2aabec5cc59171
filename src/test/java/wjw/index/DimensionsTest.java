package wjw.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wjw.cli.Main;
import wjw.http.ApiServer;
import wjw.ingest.ArticleReader;
import wjw.ingest.model.Official;
import wjw.ingest.model.Statement;
import wjw.search.FacetValue;
import wjw.search.Hit;
import wjw.search.LuceneSearchService;
import wjw.search.SearchRequest;
import wjw.search.SearchResult;

/**
 * Every dimension of the registry on the seeds, through every interface it drives: the facet counts what the
 * statements say, each counted value filters exactly its statements (alone and with a query), and the HTTP
 * parameter, {@code GET /api/dimensions}, the OpenAPI document and the {@code search} command's option exist. The
 * truth of each dimension is written out here from the statements, not read from the registry: a new entry needs
 * its line in {@link #TRUTH}.
 */
class DimensionsTest {
  /** Each dimension's values of a statement, as a reader of the page would list them; province: 未注明 when none. */
  static final Map<String, Function<Statement, List<String>>> TRUTH = Map.of(
      "province", s -> List.of(s.province() == null ? Dimensions.NO_PROVINCE : s.province()),
      "year", s -> s.year() == null ? List.of() : List.of(s.year().toString()),
      "official", s -> s.officials().stream().map(Official::name).distinct().toList(),
      "title", s -> s.officials().stream().map(Official::title).filter(t -> t != null && !t.isEmpty()).distinct()
          .toList(),
      "organization", s -> s.organization() == null ? List.of() : List.of(s.organization()));

  static final List<String> QUERIES = List.of("", "托育", "卫生健康", "医共体");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static ApiServer server;
  static List<Statement> statements;

  @BeforeAll
  static void index() throws Exception {
    Path seeds = Path.of("seeds");
    new Reindexer(seeds, tmp.resolve("index")).run(false);
    service = LuceneSearchService.open(tmp.resolve("index"));
    server = new ApiServer(service, () -> null, null, null, "127.0.0.1", 0).start();
    statements = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    for (Path file : ArticleReader.articleFiles(seeds)) {
      statements.addAll(reader.read(file).article().statements());
    }
  }

  @AfterAll
  static void close() throws Exception {
    server.stop();
    service.close();
  }

  static List<Dimension> dimensions() {
    return Dimensions.ALL;
  }

  @Test
  void everyDimensionHasItsTruthAndAUniqueName() {
    assertEquals(TRUTH.keySet(), Dimensions.ALL.stream().map(Dimension::name).collect(Collectors.toSet()));
    assertEquals(Dimensions.ALL.size(), Set.copyOf(Dimensions.ALL.stream().map(Dimension::label).toList()).size());
    assertTrue(Dimensions.ALL.contains(Dimensions.TIME));
  }

  @ParameterizedTest
  @MethodSource("dimensions")
  void theFacetCountsWhatTheStatementsSayInItsOrder(Dimension d) {
    for (String q : QUERIES) {
      SearchResult r = service.search(SearchRequest.of(q).withPage(0, 1));
      List<Statement> matching = statements.stream().filter(matches(q)).toList();
      assertEquals(matching.size(), r.total(), q);
      Map<String, Long> truth = new TreeMap<>();
      matching.forEach(s -> TRUTH.get(d.name()).apply(s).forEach(v -> truth.merge(v, 1L, Long::sum)));
      List<FacetValue> facet = r.facets().of(d);
      assertTrue(truth.size() <= d.limit(), "the seeds have fewer values than the limit");
      assertEquals(truth, facet.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, Long::sum,
          TreeMap::new)), d + " for '" + q + "'");
      List<FacetValue> ordered = facet.stream().filter(v -> !v.value().equals(d.missing())).toList();
      for (int i = 1; i < ordered.size(); i++) {
        FacetValue a = ordered.get(i - 1);
        FacetValue b = ordered.get(i);
        assertTrue(d.order() == Dimension.Order.HIGHEST_FIRST
            ? Long.parseLong(a.value()) > Long.parseLong(b.value()) : a.count() >= b.count(), d + ": " + facet);
      }
      if (d.missing() != null && truth.containsKey(d.missing())) {
        assertEquals(d.missing(), facet.get(facet.size() - 1).value(), "the missing value comes last");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dimensions")
  void eachCountedValueFiltersExactlyItsStatements(Dimension d) {
    for (String q : QUERIES) {
      for (FacetValue v : service.search(SearchRequest.of(q)).facets().of(d)) {
        SearchResult filtered = service.search(SearchRequest.of(q).withFilter(d, v.value()).withPage(0, 100));
        Set<String> expected = statements.stream().filter(matches(q))
            .filter(s -> TRUTH.get(d.name()).apply(s).contains(v.value())).map(Statement::id).collect(Collectors.toSet());
        assertEquals(v.count(), filtered.total(), d + "=" + v.value() + " for '" + q + "'");
        assertEquals(expected, filtered.hits().stream().map(Hit::id).collect(Collectors.toSet()), d + "=" + v.value());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dimensions")
  void theApiTakesItsParameterAndListsItAndTheCommandTakesItsOption(Dimension d) throws Exception {
    JsonNode all = get("/api/search?q=" + enc("托育"));
    JsonNode first = all.get("facets").get(d.name()).get(0);
    JsonNode filtered = get("/api/search?q=" + enc("托育") + "&" + d.name() + "=" + enc(first.get("value").asText()));
    assertEquals(first.get("count").asLong(), filtered.get("total").asLong(), d.name());
    assertTrue(filtered.get("facets").has(d.name()));

    JsonNode listed = null;
    for (JsonNode entry : get("/api/dimensions").get("dimensions")) {
      if (entry.get("name").asText().equals(d.name())) {
        listed = entry;
      }
    }
    assertNotNull(listed, d.name() + " in /api/dimensions");
    assertEquals(d.label(), listed.get("label").asText());
    assertEquals(d.multiValued(), listed.get("multi_valued").asBoolean());
    if (!d.multiValued()) {
      assertTrue(statements.stream().allMatch(s -> TRUTH.get(d.name()).apply(s).size() <= 1), d + ": one value each");
    }

    for (String path : List.of("/api/search", "/api/export")) {
      boolean documented = false;
      for (JsonNode p : get("/api/openapi.json").get("paths").get(path).get("get").get("parameters")) {
        documented |= p.get("name").asText().equals(d.name());
      }
      assertTrue(documented, d.name() + " documented on " + path);
    }
    assertNotNull(get("/api/openapi.json").at("/components/schemas/Facets/properties/" + d.name()).get("type"));

    var option = Main.commandLine().getSubcommands().get("search").getCommandSpec().findOption("--" + d.name());
    assertNotNull(option, "search --" + d.name());
    assertEquals(d.valueType(), option.type());
  }

  /** The example: 托育 filtered by the title as printed, and the title facet counting it. */
  @Test
  void titleFiltersByTheTitleAsPrintedAndIsCounted() throws Exception {
    String title = "党组书记、主任";
    Set<String> expected = statements.stream().filter(matches("托育"))
        .filter(s -> s.officials().stream().anyMatch(o -> title.equals(o.title()))).map(Statement::id)
        .collect(Collectors.toSet());
    assertFalse(expected.isEmpty(), "the seeds have 托育 from a 党组书记、主任");
    JsonNode r = get("/api/search?q=" + enc("托育") + "&title=" + enc(title) + "&size=100");
    assertEquals(expected.size(), r.get("total").asLong());
    Set<String> ids = new java.util.HashSet<>();
    r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertEquals(expected, ids);
    long counted = 0;
    for (JsonNode v : get("/api/search?q=" + enc("托育")).get("facets").get("title")) {
      counted += v.get("value").asText().equals(title) ? v.get("count").asLong() : 0;
    }
    assertEquals(expected.size(), counted, "facets.title counts it");

    // title: in the query syntax keeps its literal meaning: a string inside any title (党组书记 and 党委书记)
    long literal = statements.stream().filter(s -> s.officials().stream()
        .anyMatch(o -> o.title() != null && o.title().contains("书记"))).count();
    assertEquals(literal, service.search(SearchRequest.of("title:书记")).total());
  }

  /**
   * An index built before a dimension was added has its field without the doc values the facet counts from: every
   * search would fail, so opening it is refused as a broken index that a reindex fixes ({@code --rebuild-if-broken}).
   */
  @Test
  void anIndexWithoutADimensionsDocValuesIsRefusedAsRebuildable() throws Exception {
    Path old = tmp.resolve("old-index");
    new Reindexer(Path.of("seeds"), old).run(false);
    try (var reader = org.apache.lucene.index.DirectoryReader.open(
        org.apache.lucene.store.FSDirectory.open(new IndexStore(old).live().orElseThrow()))) {
      assertEquals(null, DimensionFields.schemaProblem(reader), "an index of this version");
    }
    try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      var doc = new org.apache.lucene.document.Document();
      doc.add(new org.apache.lucene.document.Field(Fields.TITLE, "党组书记、主任", Fields.SEARCH_ONLY_TYPE));
      writer.addDocument(doc); // as the version before the title dimension wrote it: text, no doc values
      writer.commit();
      try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        String problem = DimensionFields.schemaProblem(reader);
        assertNotNull(problem);
        assertTrue(problem.contains("title"), problem);
      }
    }
  }

  @Test
  void provinceAliasesAndTheMissingValueFilter() {
    long beijing = service.search(SearchRequest.of("").withFilter(Dimensions.PROVINCE, "北京市")).total();
    assertTrue(beijing > 0);
    for (String alias : List.of("北京", "京", " 北京 ")) {
      assertEquals(beijing, service.search(SearchRequest.of("").withFilter(Dimensions.PROVINCE, alias)).total(), alias);
    }
    assertEquals(beijing, service.search(SearchRequest.of("province:京")).total(), "the query syntax resolves them too");
    assertFalse(Dimensions.PROVINCE.canonical("火星").isEmpty());
  }

  private static Predicate<Statement> matches(String q) {
    if (q.isBlank()) {
      return s -> true;
    }
    return s -> {
      List<String> values = new ArrayList<>(List.of(s.text()));
      s.officials().forEach(o -> values.addAll(List.of(o.name(), o.title())));
      Stream.of(s.province(), s.organization()).filter(v -> v != null).forEach(values::add);
      return values.stream().anyMatch(v -> v.contains(q));
    };
  }

  private static JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
