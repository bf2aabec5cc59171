package wjw.opensearch;

import java.util.Map;
import wjw.index.IndexManifest;

/**
 * What a generation's statements index says of itself, in its mapping's {@code _meta} (written last,
 * before the switch): the manifest the embedded index keeps in {@code manifest.json}, and how many
 * distinct values each dimension of the registry holds (by its name), which sizes the facet aggregations so
 * that every shard returns all of its values.
 */
record GenerationMeta(IndexManifest manifest, Map<String, Integer> distinct) {
  /** The key under {@code _meta}. */
  static final String KEY = "wjw";

  GenerationMeta {
    distinct = Map.copyOf(distinct);
  }

  /** Distinct values of dimension {@code name} in the generation; {@code fallback} for one not recorded. */
  int distinct(String name, int fallback) {
    return distinct.getOrDefault(name, fallback);
  }
}
