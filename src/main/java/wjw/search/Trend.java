package wjw.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the matching statements spread over the years, for each value of one dimension ({@code by}): a table whose
 * columns are {@code years} (oldest first) and whose rows are the dimension's values in its facet's order (most
 * frequent first, the {@link wjw.index.Dimension#missing()} value last), each with its count per year and their sum.
 * Counted in the same pass as the facets. A statement with several values (two officials) counts in each of their
 * rows; {@code undated} counts the matches without a year, which are in no column.
 */
public record Trend(String by, List<String> years, List<Row> rows, long undated) {

  public Trend {
    years = List.copyOf(years);
    rows = List.copyOf(rows);
  }

  /** One value of the {@code by} dimension: its statements per year (aligned with {@code years}) and their sum. */
  public record Row(String value, long count, List<Long> counts) {
    public Row {
      counts = List.copyOf(counts);
    }
  }

  /**
   * The table from exact cell counts (value → year → statements), the same for every backend: the rows are
   * {@code rowValues} (the dimension's facet, in its order), the columns every year that has a count, oldest first.
   */
  public static Trend of(String by, List<FacetValue> rowValues, Map<String, Map<String, Long>> cells, long undated) {
    List<String> years = cells.values().stream().flatMap(m -> m.keySet().stream()).distinct()
        .sorted(Comparator.comparingLong(Long::parseLong)).toList();
    List<Row> rows = new ArrayList<>(rowValues.size());
    for (FacetValue v : rowValues) {
      Map<String, Long> byYear = cells.getOrDefault(v.value(), Map.of());
      List<Long> counts = years.stream().map(y -> byYear.getOrDefault(y, 0L)).toList();
      rows.add(new Row(v.value(), counts.stream().mapToLong(Long::longValue).sum(), counts));
    }
    return new Trend(by, years, rows, undated);
  }
}
