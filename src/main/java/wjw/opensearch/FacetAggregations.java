package wjw.opensearch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.TermsAggregateBase;
import wjw.index.Dimension;
import wjw.index.Dimensions;
import wjw.search.FacetValue;
import wjw.search.Facets;
import wjw.search.Trend;

/**
 * The facet counts and trends of a search, exact with any number of shards: one {@code terms} aggregation per
 * dimension of the registry ({@link Dimensions#ALL}), ordered as its facet lists its values and asking for at most
 * {@link Dimension#limit()} of them, whose {@code shard_size} is one more than the number of distinct values the whole
 * generation holds ({@link GenerationMeta}), so that every shard returns every value it has with its count and the
 * merged counts are the true ones. One more, because a shard that returns exactly {@code shard_size} buckets cannot
 * tell the coordinator it had no further value, and is then charged its last bucket's count as a possible error
 * (tried on 3.8.0: 3 values over 2 shards, {@code shard_size} 3 gives {@code doc_count_error_upper_bound} 8, 4 gives
 * 0). Each answer is checked: an error bound of 0 everywhere, and nothing left over where every value is asked for; an
 * answer that fails the check is not used. Statements without a value of a dimension that has a
 * {@link Dimension#missing()} value are counted by a {@code missing} aggregation.
 *
 * <p>A trend by a dimension is the same aggregation with a {@code terms} sub-aggregation on the year (every year, the
 * same sizing) in each of its buckets and in its missing bucket; its columns are every year of a statement with a
 * value of it (a {@code filter} aggregation on its field, with the same sub-aggregation: also the years of values
 * the facet does not list) or, when it has a missing value, without one; matches without a year are counted by a
 * {@code missing} aggregation on the year. The counts are listed by {@link Facets#listed} and {@link Trend#of}, as
 * the embedded index lists its own.
 *
 * <p>Why not a {@code composite} aggregation: it is exact too, but lists values in key order only, so the 100 most
 * frequent officials would mean paging every official's bucket to this process on every search; the terms
 * aggregation ranks them in the cluster and sends 100.
 */
final class FacetAggregations {
  /** The suffix of a dimension's missing-value aggregation. */
  static final String MISSING = "-missing";
  static final String YEARS = "years";
  /** The suffix of a trend dimension's aggregation of the years of statements that have a value of it. */
  static final String WITH_VALUE = "-with-value";
  static final String UNDATED = "undated";
  /** shard_size when a generation records no count for a dimension (one built before counts were recorded). */
  static final int UNKNOWN_DISTINCT = 10_000;

  /** The facets, and the trends asked for keyed by dimension name (empty when none). */
  record Counts(Facets facets, Map<String, Trend> trends) {}

  private FacetAggregations() {}

  /** The aggregations of one search over a generation described by {@code meta}, counting {@code trends} too. */
  static Map<String, Aggregation> of(GenerationMeta meta, List<Dimension> trends) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Dimension d : Dimensions.ALL) {
      Map<String, Aggregation> perYear = trends.contains(d) ? Map.of(YEARS, years(meta)) : Map.of();
      aggregations.put(d.name(), terms(d, meta, perYear));
      if (d.missing() != null) {
        aggregations.put(d.name() + MISSING, Aggregation.of(a -> a.missing(m -> m.field(ClusterDimensions.exactField(d)))
            .aggregations(perYear)));
      }
      if (trends.contains(d)) { // a trend's columns: the years of every value, also of those it does not list
        aggregations.put(d.name() + WITH_VALUE, Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field(
            ClusterDimensions.exactField(d)))).aggregations(perYear)));
      }
    }
    if (!trends.isEmpty()) {
      aggregations.put(UNDATED, Aggregation.of(a -> a.missing(m -> m.field(ClusterDimensions.timeField()))));
    }
    return aggregations;
  }

  private static Aggregation terms(Dimension d, GenerationMeta meta, Map<String, Aggregation> sub) {
    int distinct = distinct(d, meta);
    int size = (int) Math.min(d.limit(), distinct);
    return Aggregation.of(a -> a.terms(t -> {
      t.field(ClusterDimensions.exactField(d)).size(size).shardSize(distinct + 1);
      switch (d.order()) {
        case HIGHEST_FIRST -> t.order(Map.of("_key", SortOrder.Desc));
        case MOST_FREQUENT_FIRST -> t.order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)));
      }
      return t;
    }).aggregations(sub));
  }

  /** Every year of the generation, oldest first: a trend's columns. */
  private static Aggregation years(GenerationMeta meta) {
    int distinct = distinct(Dimensions.TIME, meta);
    return Aggregation.of(a -> a.terms(t -> t.field(ClusterDimensions.timeField()).size(distinct)
        .shardSize(distinct + 1).order(Map.of("_key", SortOrder.Asc))));
  }

  private static int distinct(Dimension d, GenerationMeta meta) {
    return Math.max(1, meta.distinct(d.name(), UNKNOWN_DISTINCT));
  }

  /** The facets and trends of an answer; empty when a count could be inexact (a shard left values out). */
  static Optional<Counts> read(Map<String, Aggregate> aggregates, GenerationMeta meta, List<Dimension> trends) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    Map<Dimension, Map<String, Map<String, Long>>> cells = new HashMap<>(); // trend: value -> year -> count
    Map<Dimension, List<String>> columns = new HashMap<>(); // trend: every year with a count
    for (Dimension d : Dimensions.ALL) {
      Map<String, Long> counts = new LinkedHashMap<>();
      Map<String, Map<String, Long>> byYear = new HashMap<>();
      if (!buckets(aggregates.get(d.name()), d.limit() >= distinct(d, meta), counts, byYear)) {
        return Optional.empty();
      }
      long missing = 0;
      if (d.missing() != null) {
        Aggregate none = aggregates.get(d.name() + MISSING);
        missing = none.missing().docCount();
        if (trends.contains(d)) {
          Map<String, Long> years = new LinkedHashMap<>();
          if (!buckets(none.missing().aggregations().get(YEARS), true, years, new HashMap<>())) {
            return Optional.empty();
          }
          if (!years.isEmpty()) {
            byYear.put(d.missing(), years);
          }
        }
      }
      facets.put(d.name(), Facets.listed(d, counts, missing));
      cells.put(d, byYear);
      if (trends.contains(d)) {
        Map<String, Long> years = new LinkedHashMap<>();
        if (!buckets(aggregates.get(d.name() + WITH_VALUE).filter().aggregations().get(YEARS), true, years,
            new HashMap<>())) {
          return Optional.empty();
        }
        List<String> all = new java.util.ArrayList<>(years.keySet());
        all.addAll(byYear.getOrDefault(d.missing(), Map.of()).keySet());
        columns.put(d, all);
      }
    }
    Facets listed = new Facets(facets);
    Map<String, Trend> trendTables = new LinkedHashMap<>();
    if (!trends.isEmpty()) {
      long undated = aggregates.get(UNDATED).missing().docCount();
      for (Dimension by : trends) {
        trendTables.put(by.name(), Trend.of(by.name(), listed.of(by), cells.get(by), columns.get(by), undated));
      }
    }
    return Optional.of(new Counts(listed, trendTables));
  }

  /**
   * Reads a terms aggregation's buckets into {@code counts} (and each bucket's years into {@code byYear} when it has
   * them); false when a count could be inexact: an error bound above 0, or values left over where {@code all} were
   * asked for.
   */
  private static boolean buckets(Aggregate aggregate, boolean all, Map<String, Long> counts,
      Map<String, Map<String, Long>> byYear) {
    TermsAggregateBase<?> terms;
    if (aggregate.isSterms()) {
      terms = aggregate.sterms();
      for (var b : aggregate.sterms().buckets().array()) {
        counts.put(b.key(), b.docCount());
        if (!years(b.aggregations(), b.key(), byYear)) {
          return false;
        }
      }
    } else if (aggregate.isLterms()) {
      terms = aggregate.lterms();
      for (var b : aggregate.lterms().buckets().array()) {
        String key = String.valueOf(b.key().signed());
        counts.put(key, b.docCount());
        if (!years(b.aggregations(), key, byYear)) {
          return false;
        }
      }
    } else if (aggregate.isUmterms()) {
      return true; // no statement has the field at all: no values
    } else {
      throw new IllegalStateException("unexpected aggregation " + aggregate._kind() + " where terms were asked for");
    }
    Long error = terms.docCountErrorUpperBound();
    return (error == null || error == 0) && (!all || terms.sumOtherDocCount() == 0);
  }

  /** A bucket's years sub-aggregation, if it has one, into {@code byYear} under {@code value}. */
  private static boolean years(Map<String, Aggregate> sub, String value, Map<String, Map<String, Long>> byYear) {
    Aggregate years = sub.get(YEARS);
    if (years == null) {
      return true;
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    if (!buckets(years, true, counts, new HashMap<>())) {
      return false;
    }
    byYear.put(value, counts);
    return true;
  }
}
