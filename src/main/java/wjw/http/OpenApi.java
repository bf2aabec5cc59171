package wjw.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import wjw.index.Dimension;
import wjw.index.Dimensions;

/**
 * The OpenAPI document served at {@code /api/openapi.json}: the hand-written {@code openapi.json} with what the
 * dimension registry defines filled in — one query parameter per dimension on the operations that filter, the
 * dimensions a trend may be counted by, and one facet list per dimension — so the document cannot miss a dimension.
 */
final class OpenApi {
  /** The operations that take the dimension filters; each gets them right after its {@code q}. */
  static final List<String> FILTERED_PATHS = List.of("/api/search", "/api/trend", "/api/export");

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenApi() {}

  /** The document as served. */
  static byte[] document() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the classpath");
      }
      ObjectNode doc = (ObjectNode) JSON.readTree(in);
      for (String path : FILTERED_PATHS) {
        addFilters((ArrayNode) doc.path("paths").path(path).path("get").path("parameters"));
      }
      String trendable = Dimensions.trendable().stream().map(Dimension::name).collect(Collectors.joining(", "));
      for (String path : FILTERED_PATHS) {
        for (JsonNode parameter : doc.path("paths").path(path).path("get").path("parameters")) {
          if (parameter.path("name").asText().equals("trend")) {
            ((ObjectNode) parameter).put("description", parameter.path("description").asText() + " (" + trendable + ")");
          }
        }
      }
      ObjectNode facets = (ObjectNode) doc.path("components").path("schemas").path("Facets").path("properties");
      for (Dimension d : Dimensions.ALL) {
        ObjectNode list = facets.putObject(d.name());
        list.put("type", "array").put("description", d.label() + ": " + d.description());
        list.putObject("items").put("$ref", "#/components/schemas/FacetValue");
      }
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("reading openapi.json failed", e);
    }
  }

  /** The JSON type of a dimension's values: integer or string. */
  static String type(Dimension d) {
    return d.valueType() == Integer.class ? "integer" : "string";
  }

  private static void addFilters(ArrayNode parameters) {
    int at = 0;
    while (at < parameters.size() && !parameters.get(at).path("name").asText().equals("q")) {
      at++;
    }
    for (Dimension d : Dimensions.ALL) {
      ObjectNode p = JSON.createObjectNode();
      p.put("name", d.name()).put("in", "query");
      p.putObject("schema").put("type", type(d));
      p.put("description", "only statements with this " + d.name() + " (" + d.label() + "): " + d.description());
      parameters.insert(++at, p);
    }
  }
}
