package wjw.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Counts over all matching statements (not just the page shown) for the three filter dimensions. Statements whose
 * header names no place (a deputy, a ministry official, a page without speakers) are counted in the province facet
 * under {@link #NO_PROVINCE}, last, and that value filters them.
 */
public record Facets(List<FacetValue> province, List<FacetValue> year, List<FacetValue> official) {
  /** The province facet's value (and filter) for statements without a province; no province is called so. */
  public static final String NO_PROVINCE = "未注明";

  /** Officials listed at most, the most frequent first. */
  public static final int MAX_OFFICIALS = 100;

  /**
   * The facets from exact counts, in the order every backend lists them: provinces by count (ties by name), then
   * {@link #NO_PROVINCE} for {@code withoutProvince}; years newest first; the {@link #MAX_OFFICIALS} most frequent
   * officials (ties by name).
   */
  public static Facets of(Map<String, Long> province, long withoutProvince, Map<Integer, Long> year,
      Map<String, Long> official) {
    List<FacetValue> years = year.entrySet().stream()
        .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
        .map(e -> new FacetValue(String.valueOf(e.getKey()), e.getValue()))
        .toList();
    List<FacetValue> provinces = new ArrayList<>(byCount(province, Integer.MAX_VALUE));
    if (withoutProvince > 0) {
      provinces.add(new FacetValue(NO_PROVINCE, withoutProvince));
    }
    return new Facets(List.copyOf(provinces), years, byCount(official, MAX_OFFICIALS));
  }

  private static List<FacetValue> byCount(Map<String, Long> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new FacetValue(e.getKey(), e.getValue()))
        .toList();
  }
}
