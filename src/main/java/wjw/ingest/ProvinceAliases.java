package wjw.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Literary and set-phrase names of provinces (首都 → 北京市, 龙江 → 黑龙江省) from a shipped table:
 * statements name their own province this way as often as by its official name.
 */
final class ProvinceAliases {
  private static final Map<String, String> ALIASES = load();

  private ProvinceAliases() {}

  /** The provinces named by alias in text, with how often. */
  static Map<String, Integer> named(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : ALIASES.entrySet()) {
      for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + e.getKey().length())) {
        counts.merge(e.getValue(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The aliases of the province found in text, for evidence messages. */
  static java.util.List<String> found(String text, String province) {
    return ALIASES.entrySet().stream()
        .filter(e -> e.getValue().equals(province) && text.contains(e.getKey()))
        .map(Map.Entry::getKey).toList();
  }

  private static Map<String, String> load() {
    Map<String, String> aliases = new LinkedHashMap<>();
    for (String[] cols : TsvResource.rows("province-aliases.tsv")) {
      aliases.put(cols[0], cols[1]);
    }
    return Map.copyOf(aliases);
  }

}
