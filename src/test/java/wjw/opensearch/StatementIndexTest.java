package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import wjw.analysis.LiteralAnalyzer;
import wjw.index.Fields;

/** The OpenSearch mapping holds exactly the fields of {@link Fields}, as written and as the cluster keeps it. */
class StatementIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every field name {@link Fields} defines: its public String constants. */
  static Set<String> schemaFields() {
    return Arrays.stream(Fields.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(StatementIndexTest::value)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theMappingHasExactlyTheSchemasFields() {
    Set<String> mapped = new TreeSet<>();
    StatementIndex.mappings().get("properties").fieldNames().forEachRemaining(mapped::add);
    assertEquals(schemaFields(), mapped);
    assertTrue(mapped.size() >= 14, "Fields defines " + mapped);
  }

  @Test
  void theMappingSaysWhatEachFieldIs() {
    JsonNode p = StatementIndex.mappings().get("properties");
    assertEquals("strict", StatementIndex.mappings().get("dynamic").asText(), "unknown fields are refused, not guessed");
    assertEquals("offsets", p.get(Fields.TEXT).get("index_options").asText(), "the highlighter reads offsets");
    assertEquals(StatementIndex.WORD_ANALYZER, p.get(Fields.TEXT_WORDS).get("analyzer").asText());
    for (String literal : new String[] {Fields.HEADLINE, Fields.ORGANIZATION, Fields.TITLE, Fields.TEXT, Fields.ANY}) {
      assertEquals(StatementIndex.LITERAL_ANALYZER, p.get(literal).get("analyzer").asText(), literal);
      assertEquals(LiteralAnalyzer.VALUE_GAP, p.get(literal).get("position_increment_gap").asInt(), literal);
    }
    assertEquals(0, p.get(Fields.TEXT_WORDS).get("position_increment_gap").asInt(),
        "smartcn's own gap; OpenSearch's default for a non-custom analyzer would be 100");
    assertEquals("keyword", p.get(Fields.ID).get("type").asText());
    for (String dimension : new String[] {Fields.PROVINCE, Fields.OFFICIAL}) {
      JsonNode field = p.get(dimension);
      assertEquals(StatementIndex.VALUE_ANALYZER, field.get("analyzer").asText(), dimension + ": one scored term per value");
      assertEquals("docs", field.get("index_options").asText(), dimension + ": as KeywordField, documents only");
      assertEquals(false, field.get("norms").asBoolean(), dimension + ": as KeywordField, no norms");
    }
    for (String dimension : new String[] {Fields.PROVINCE, Fields.OFFICIAL, Fields.ORGANIZATION, Fields.TITLE}) {
      assertEquals("keyword", p.get(dimension).path("fields").path(ClusterDimensions.EXACT).path("type").asText(),
          dimension + ": exact values for filters, facets and trends");
    }
    assertEquals("integer", p.get(Fields.YEAR).get("type").asText());
    assertEquals(false, p.get(Fields.RANK).get("index").asBoolean(), "rank is doc values only");
    Set<String> copiedToAny = new TreeSet<>();
    p.properties().forEach(e -> e.getValue().path("copy_to").forEach(target -> {
      if (target.asText().equals(Fields.ANY)) {
        copiedToAny.add(e.getKey());
      }
    }));
    assertEquals(Set.of(Fields.PROVINCE, Fields.ORGANIZATION, Fields.OFFICIAL, Fields.TITLE, Fields.TEXT), copiedToAny,
        "any holds what StatementDocument adds to it");
  }

  @Test
  void theClusterKeepsTheMappingAsWritten() throws IOException {
    try (ClusterConnection cluster = TestCluster.connect()) {
      String index = TestCluster.uniqueIndex("mapping");
      try {
        StatementIndex.create(cluster, index, 2, 0);
        JsonNode mapping;
        try (Response response = cluster.client().generic().execute(
            Requests.builder().method("GET").endpoint("/" + index + "/_mapping").build())) {
          mapping = JSON.readTree(response.getBody().orElseThrow().bodyAsString());
        }
        JsonNode properties = mapping.get(index).get("mappings").get("properties");
        Set<String> kept = new TreeSet<>();
        properties.fieldNames().forEachRemaining(kept::add);
        assertEquals(schemaFields(), kept);
        assertEquals("offsets", properties.get(Fields.TEXT).get("index_options").asText());
        IOException again = assertThrows(IOException.class, () -> StatementIndex.create(cluster, index, 1, 0));
        assertTrue(again.getMessage().contains("resource_already_exists_exception"), again.getMessage());
      } finally {
        TestCluster.deleteIndex(cluster, index);
      }
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
