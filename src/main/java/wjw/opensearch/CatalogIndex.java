package wjw.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import wjw.index.Catalog;
import wjw.index.OfficialSummary;
import wjw.ingest.model.ArticleSummary;

/**
 * A generation's catalog in OpenSearch, the counterpart of the embedded {@code catalog/} folder: one
 * document per article (looked up by id, listed newest first) and one per official (the per-name
 * summary), each holding its record as JSON ({@code enabled: false}: kept, never indexed), in an index
 * of its own beside the statements so that statement counts and facets never see them.
 */
final class CatalogIndex {
  static final String KIND = "kind";
  static final String KEY = "key";
  static final String LIST_ORDER = "list_order";
  static final String RECORD = "record";
  static final String ARTICLE = "article";
  static final String OFFICIAL = "official";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogIndex() {}

  /** The create-index body: one shard (the catalog is small and read by id or in list order). */
  static ObjectNode body(int replicas) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode settings = body.putObject("settings");
    settings.put("number_of_shards", 1);
    settings.put("number_of_replicas", replicas);
    settings.put("refresh_interval", "-1"); // loaded once, refreshed once before the switch
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode p = mappings.putObject("properties");
    p.putObject(KIND).put("type", "keyword");
    p.putObject(KEY).put("type", "keyword");
    p.putObject(LIST_ORDER).put("type", "keyword");
    p.putObject(RECORD).put("type", "object").put("enabled", false);
    return body;
  }

  static String articleId(String id) {
    return ARTICLE + ":" + id;
  }

  static String officialId(String name) {
    return OFFICIAL + ":" + name;
  }

  static Map<String, Object> article(ArticleSummary article) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(KIND, ARTICLE);
    doc.put(KEY, article.id());
    doc.put(LIST_ORDER, Catalog.listOrder(article));
    doc.put(RECORD, JSON.valueToTree(article));
    return doc;
  }

  static Map<String, Object> official(OfficialSummary official) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(KIND, OFFICIAL);
    doc.put(KEY, official.name());
    doc.put(LIST_ORDER, official.name());
    doc.put(RECORD, JSON.valueToTree(official));
    return doc;
  }
}
