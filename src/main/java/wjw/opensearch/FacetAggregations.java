package wjw.opensearch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.TermsAggregateBase;
import wjw.index.Fields;
import wjw.search.Facets;

/**
 * The facet counts of a search, exact with any number of shards: one {@code terms} aggregation per
 * {@link FacetDimension}, ordered as the facet lists its values, whose {@code shard_size} is one more than
 * the number of distinct values the whole generation holds ({@link GenerationMeta}), so that every shard
 * returns every value it has with its count and the merged counts are the true ones. One more, because a
 * shard that returns exactly {@code shard_size} buckets cannot tell the coordinator it had no further value,
 * and is then charged its last bucket's count as a possible error (tried on 3.8.0: 3 values over 2 shards,
 * {@code shard_size} 3 gives {@code doc_count_error_upper_bound} 8, 4 gives 0). A terms
 * aggregation is approximate only when a shard leaves values out; here none can, and each answer is
 * checked for it ({@code doc_count_error_upper_bound} 0, and nothing left over where every value is
 * listed) — an answer that fails the check is not used. Why not a {@code composite} aggregation: it is
 * exact too, but lists values in key order only, so the 100 most frequent officials would mean paging
 * every official's bucket to this process on every search; the terms aggregation ranks them in the
 * cluster and sends 100. Statements without a province are counted by a {@code missing} aggregation.
 */
final class FacetAggregations {
  static final String NO_PROVINCE = "province_missing";
  /** shard_size when a generation records no count for a field (one built before counts were recorded). */
  static final int UNKNOWN_DISTINCT = 10_000;

  private FacetAggregations() {}

  /** The aggregations of one search over a generation described by {@code meta}. */
  static Map<String, Aggregation> of(GenerationMeta meta) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (FacetDimension d : FacetDimension.DIMENSIONS) {
      int distinct = Math.max(1, meta.distinct(d.field(), UNKNOWN_DISTINCT));
      int size = d.shown() == FacetDimension.ALL_VALUES ? distinct : Math.min(d.shown(), distinct);
      aggregations.put(d.name(), Aggregation.of(a -> a.terms(t -> {
        t.field(d.field()).size(size).shardSize(distinct + 1);
        if (d.byKeyDescending()) {
          t.order(Map.of("_key", SortOrder.Desc));
        } else {
          t.order(java.util.List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)));
        }
        return t;
      })));
    }
    aggregations.put(NO_PROVINCE, Aggregation.of(a -> a.missing(m -> m.field(Fields.PROVINCE))));
    return aggregations;
  }

  /** The facets of an answer; empty when a count could be inexact (a shard left values out). */
  static Optional<Facets> read(Map<String, Aggregate> aggregates) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (FacetDimension d : FacetDimension.DIMENSIONS) {
      Aggregate aggregate = aggregates.get(d.name());
      Map<String, Long> values = new LinkedHashMap<>();
      TermsAggregateBase<?> terms;
      if (aggregate.isSterms()) {
        terms = aggregate.sterms();
        aggregate.sterms().buckets().array().forEach(b -> values.put(b.key(), b.docCount()));
      } else if (aggregate.isLterms()) {
        terms = aggregate.lterms();
        aggregate.lterms().buckets().array().forEach(b -> values.put(String.valueOf(b.key().signed()), b.docCount()));
      } else if (aggregate.isUmterms()) {
        continue; // no statement has the field at all: no values
      } else {
        throw new IllegalStateException("facet " + d.name() + ": unexpected aggregation " + aggregate._kind());
      }
      boolean everyValueListed = d.shown() != FacetDimension.ALL_VALUES || terms.sumOtherDocCount() == 0;
      if (terms.docCountErrorUpperBound() != 0 || !everyValueListed) {
        return Optional.empty();
      }
      counts.put(d.name(), values);
    }
    Map<Integer, Long> years = new HashMap<>();
    counts.getOrDefault("year", Map.of()).forEach((k, v) -> years.put(Integer.valueOf(k), v));
    long withoutProvince = aggregates.get(NO_PROVINCE).missing().docCount();
    return Optional.of(Facets.of(counts.getOrDefault("province", Map.of()), withoutProvince, years,
        counts.getOrDefault("official", Map.of())));
  }
}
