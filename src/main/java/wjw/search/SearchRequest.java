package wjw.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import wjw.index.Dimension;
import wjw.index.Dimensions;

/**
 * One search, checked once, when it is made: a query in wjw-search syntax (empty: browse), exact filters keyed by
 * dimension of the registry, the order of the hits, the dimensions to count a trend by (year × each) and the page.
 * A request outside {@link RequestLimits} or with a malformed filter cannot be made: the constructor refuses it with
 * a {@link QueryRejectedException} naming the parameter, so nothing after it checks again.
 *
 * @param filters values as given (blank ones dropped); each dimension resolves its own aliases when filtering
 * @param sort null: by relevance for a query, newest first for a browse
 * @param mode how to rank ({@link SearchMode}); null: literal
 */
public record SearchRequest(String query, Map<Dimension, String> filters, SortOrder sort, List<Dimension> trends,
    int from, int size, SearchMode mode) {

  public static final int DEFAULT_SIZE = 10;

  public SearchRequest {
    query = query == null ? "" : query;
    RequestLimits.checkPage(from, size);
    RequestLimits.checkQuery(query);
    filters = checked(filters);
    sort = sort != null ? sort : query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
    trends = trends == null ? List.of() : trends.stream().distinct().toList();
    if (trends.contains(Dimensions.TIME)) {
      throw new QueryRejectedException("trend", "a trend is counted by " + Dimensions.TIME.name()
          + " already; count it by one of " + names());
    }
    mode = mode == null ? SearchMode.LITERAL : mode;
  }

  /** A literal search. */
  public SearchRequest(String query, Map<Dimension, String> filters, SortOrder sort, List<Dimension> trends, int from,
      int size) {
    this(query, filters, sort, trends, from, size, SearchMode.LITERAL);
  }

  /** The first page of {@code query}, no filters, in its default order. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, List.of(), 0, DEFAULT_SIZE);
  }

  /** True when there is no query: the filters browse, newest first. */
  public boolean browsing() {
    return query.isBlank();
  }

  /** The filter on {@code dimension}, or null. */
  public String filter(Dimension dimension) {
    return filters.get(dimension);
  }

  public SearchRequest withQuery(String query) {
    return new SearchRequest(query, filters, sort, trends, from, size, mode);
  }

  /** This request also filtered by {@code dimension} = {@code value} (null or blank: not filtered by it). */
  public SearchRequest withFilter(Dimension dimension, Object value) {
    Map<Dimension, String> more = new LinkedHashMap<>(filters);
    more.put(dimension, value == null ? null : value.toString());
    return new SearchRequest(query, more, sort, trends, from, size, mode);
  }

  public SearchRequest withSort(SortOrder sort) {
    return new SearchRequest(query, filters, sort, trends, from, size, mode);
  }

  /** This request also counting its matches by year × each of {@code dimensions} (none: no trend). */
  public SearchRequest withTrends(List<Dimension> dimensions) {
    return new SearchRequest(query, filters, sort, dimensions, from, size, mode);
  }

  /** This request counting its matches by year × {@code dimension}. */
  public SearchRequest withTrend(Dimension dimension) {
    return withTrends(List.of(dimension));
  }

  public SearchRequest withPage(int from, int size) {
    return new SearchRequest(query, filters, sort, trends, from, size, mode);
  }

  /** This request ranked by {@code mode}. */
  public SearchRequest withMode(SearchMode mode) {
    return new SearchRequest(query, filters, sort, trends, from, size, mode);
  }

  /**
   * The dimensions a trend parameter names, comma-separated ({@code province,official}), refused naming
   * {@code trend} when one is no dimension a trend can be counted by.
   */
  public static List<Dimension> trendDimensions(String names) {
    return Arrays.stream(names.split("[,，]")).map(String::strip).filter(n -> !n.isEmpty())
        .map(name -> Dimensions.trendable().stream().filter(d -> d.name().equals(name)).findFirst()
            .orElseThrow(() -> new QueryRejectedException("trend", "must name one or more of " + names()
                + ", got \"" + (name.length() <= 40 ? name : name.substring(0, 40) + "…") + "\"")))
        .toList();
  }

  private static String names() {
    return Dimensions.trendable().stream().map(Dimension::name).collect(Collectors.joining(", "));
  }

  /** The filters in the registry's order, blank ones dropped, each value stripped and checked by its dimension. */
  private static Map<Dimension, String> checked(Map<Dimension, String> filters) {
    Map<Dimension, String> kept = new LinkedHashMap<>();
    for (Dimension d : Dimensions.ALL) {
      String value = filters == null ? null : filters.get(d);
      if (value == null || value.isBlank()) {
        continue;
      }
      String problem = d.problem(value);
      if (problem != null) {
        throw new QueryRejectedException(d.name(), problem);
      }
      kept.put(d, value.strip());
    }
    return Collections.unmodifiableMap(kept);
  }
}
