package wjw.opensearch;

import org.opensearch.client.opensearch._types.SearchType;

/**
 * Which term statistics a cluster scores with. The embedded index scores every statement with the statistics
 * of the whole index; a shard of a cluster, by default, with its own — so with several shards the scores, and
 * the order of the hits, differ from the embedded index's (the hits, totals and facets do not). With one shard
 * both are the same, and OpenSearch runs a {@link #GLOBAL} search as a plain one.
 */
public enum Scoring {
  /** Each shard scores with its own statistics ({@code query_then_fetch}, OpenSearch's default): one round trip less. */
  SHARD(SearchType.QueryThenFetch),
  /**
   * The statistics of every shard gathered first ({@code dfs_query_then_fetch}): the embedded index's scores and
   * order, for one more round trip to every shard per search.
   */
  GLOBAL(SearchType.DfsQueryThenFetch);

  private final SearchType searchType;

  Scoring(SearchType searchType) {
    this.searchType = searchType;
  }

  SearchType searchType() {
    return searchType;
  }
}
