package wjw.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import wjw.index.Dimension;

/**
 * What one index generation has already worked out for its searches: the exact total, facets and trends of a query,
 * its hits in ranked order up to a page boundary, and the stored fields of the statements hit lists showed. All
 * depend only on the query and this generation, which never changes, so an entry is never stale; a new generation
 * starts with an empty cache.
 *
 * <p>Why: exact totals and facets visit every match (健康 matches nearly every statement), and researchers page
 * through one query and click its facets. Without this, page 2 counts all matches again, and so does every repeat
 * of a query. The idea is Solr's query result cache, with its result window, and its document cache (reading a
 * statement decompresses a block of its neighbours); OpenSearch's request cache keeps aggregations the same way.
 * Only complete answers are kept: one stopped by its deadline is not.
 */
final class ResultCache {
  /** Memory the cache may hold, estimated (see {@link #weigh}); the heap target of serve at 1M statements is 512 MiB. */
  static final long MAX_BYTES = 64L << 20;
  /**
   * Ranked hits are kept up to the next multiple of this: with pages of 10, pages 1 and 2 are one entry. Larger costs
   * the first search more (block-max pruning keeps more candidates); Solr's example configuration uses 20 too.
   */
  static final int RANK_WINDOW = 20;
  /** Estimated bytes of one kept hit: the ScoreDoc, its sort values array and the boxed score. */
  private static final int BYTES_PER_HIT = 96;
  /** Estimated bytes of one facet value or trend cell with its string. */
  private static final int BYTES_PER_VALUE = 128;
  /** Estimated bytes of an entry's key and the cache's own bookkeeping. */
  private static final int BYTES_PER_ENTRY = 512;

  /** The counts of a query (a browse's filters alone, or a query with them), with the trends asked. */
  record CountKey(Query query, List<Dimension> trends) {}

  /** The ranked hits of a query in one order, the first {@code window} of them. */
  record RankKey(Query query, Sort sort, int window) {}

  /** A statement's stored fields by doc id, as a hit list reads them (the commonest hits recur across queries). */
  record DocKey(int doc) {}

  /** Keeps nothing: every search works everything out (for measuring what a first search costs). */
  static final ResultCache NONE = new ResultCache(false);

  private final Cache<Object, Object> entries;

  ResultCache() {
    this(true);
  }

  private ResultCache(boolean keeps) {
    entries = keeps ? Caffeine.newBuilder().maximumWeight(MAX_BYTES).weigher(ResultCache::weigh).build() : null;
  }

  HitCollector.Counts counts(CountKey key) {
    return entries == null ? null : (HitCollector.Counts) entries.getIfPresent(key);
  }

  void putCounts(CountKey key, HitCollector.Counts counts) {
    if (entries != null) {
      entries.put(key, counts);
    }
  }

  /** The kept hits of {@code key}'s query and order, when its window was searched. */
  ScoreDoc[] ranked(RankKey key) {
    return entries == null ? null : (ScoreDoc[]) entries.getIfPresent(key);
  }

  void putRanked(RankKey key, ScoreDoc[] hits) {
    if (entries != null) {
      entries.put(key, hits);
    }
  }

  /** The stored fields of {@code doc}, when a hit list read them before. */
  Document document(int doc) {
    return entries == null ? null : (Document) entries.getIfPresent(new DocKey(doc));
  }

  void putDocument(int doc, Document fields) {
    if (entries != null) {
      entries.put(new DocKey(doc), fields);
    }
  }

  /** The window that holds the first {@code wanted} hits. */
  static int windowFor(int wanted) {
    return Math.max(RANK_WINDOW, (wanted + RANK_WINDOW - 1) / RANK_WINDOW * RANK_WINDOW);
  }

  private static int weigh(Object key, Object value) {
    long bytes = BYTES_PER_ENTRY;
    if (value instanceof ScoreDoc[] hits) {
      bytes += (long) hits.length * BYTES_PER_HIT;
    } else if (value instanceof Document doc) {
      for (IndexableField field : doc) {
        String text = field.stringValue();
        bytes += BYTES_PER_VALUE + (text == null ? 0 : 2L * text.length());
      }
    } else if (value instanceof HitCollector.Counts counts) {
      long values = counts.counted().facets().byDimension().values().stream().mapToLong(List::size).sum();
      values += counts.counted().trends().values().stream()
          .mapToLong(t -> (long) t.rows().size() * (t.years().size() + 1)).sum();
      bytes += values * BYTES_PER_VALUE;
    }
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }
}
