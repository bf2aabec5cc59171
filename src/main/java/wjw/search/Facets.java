package wjw.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wjw.index.Dimension;
import wjw.index.Dimensions;

/**
 * Counts over all matching statements (not just the page shown), one list per dimension of the registry, keyed by
 * its name ({@code facets.province}, {@code facets.year} …), each in the order its dimension declares
 * ({@link #listed}). Statements without a value of a dimension that has a {@link Dimension#missing()} value (a header
 * that names no place) are counted under it, last, and that value filters them.
 */
public record Facets(@JsonValue Map<String, List<FacetValue>> byDimension) {
  /** The province facet's value (and filter) for statements without a province; no province is called so. */
  public static final String NO_PROVINCE = Dimensions.NO_PROVINCE;

  public Facets {
    byDimension = Collections.unmodifiableMap(new LinkedHashMap<>(byDimension));
  }

  /** The counted values of {@code dimension}; empty when nothing matched has one. */
  public List<FacetValue> of(Dimension dimension) {
    return byDimension.getOrDefault(dimension.name(), List.of());
  }

  /**
   * A dimension's exact counts as its facet lists them, the same for every backend: in {@link Dimension#order()} (by
   * count, ties by value; or highest value first), at most {@link Dimension#limit()} values, then the
   * {@link Dimension#missing()} value with {@code missing} statements when there are any.
   */
  public static List<FacetValue> listed(Dimension d, Map<String, Long> counts, long missing) {
    Comparator<Map.Entry<String, Long>> order = switch (d.order()) {
      case MOST_FREQUENT_FIRST -> Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
          .thenComparing(Map.Entry.comparingByKey());
      case HIGHEST_FIRST -> Comparator.comparing((Map.Entry<String, Long> e) -> Long.parseLong(e.getKey())).reversed();
    };
    List<FacetValue> values = new ArrayList<>(counts.entrySet().stream().sorted(order).limit(d.limit())
        .map(e -> new FacetValue(e.getKey(), e.getValue())).toList());
    if (d.missing() != null && missing > 0) {
      values.add(new FacetValue(d.missing(), missing));
    }
    return List.copyOf(values);
  }
}
