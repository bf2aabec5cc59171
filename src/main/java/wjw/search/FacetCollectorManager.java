package wjw.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import wjw.index.Fields;

/**
 * Counts province, year and official over every match in the same pass that collects the top hits,
 * from doc values ordinals (counted per segment in arrays, resolved to strings once per segment).
 */
final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.Counter, Facets> {
  private static final int FIRST_YEAR = 1950;
  private static final int YEAR_SPAN = 200;

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Facets reduce(Collection<Counter> counters) {
    Map<String, Long> province = new HashMap<>();
    Map<String, Long> official = new HashMap<>();
    Map<Integer, Long> year = new HashMap<>();
    long withoutProvince = 0;
    for (Counter c : counters) {
      withoutProvince += c.withoutProvince;
      c.province.forEach((k, v) -> province.merge(k, v, Long::sum));
      c.official.forEach((k, v) -> official.merge(k, v, Long::sum));
      c.year.forEach((k, v) -> year.merge(k, v, Long::sum));
    }
    return Facets.of(province, withoutProvince, year, official);
  }

  /** One slice's counts. */
  static final class Counter implements Collector {
    final Map<String, Long> province = new HashMap<>();
    final Map<String, Long> official = new HashMap<>();
    final Map<Integer, Long> year = new HashMap<>();
    long withoutProvince;

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues provinces = DocValues.getSortedSet(context.reader(), Fields.PROVINCE);
      SortedSetDocValues officials = DocValues.getSortedSet(context.reader(), Fields.OFFICIAL);
      SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), Fields.YEAR);
      long[] provinceCounts = new long[(int) provinces.getValueCount()];
      long[] officialCounts = new long[(int) officials.getValueCount()];
      long[] yearCounts = new long[YEAR_SPAN]; // years of this genre fall in a small range: count in an array
      // Province and year have one value per statement: read them through the single-valued views,
      // which skip the multi-value bookkeeping on every match.
      SortedDocValues province1 = DocValues.unwrapSingleton(provinces);
      NumericDocValues year1 = DocValues.unwrapSingleton(years);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (province1 != null) {
            if (province1.advanceExact(doc)) provinceCounts[province1.ordValue()]++;
            else withoutProvince++;
          } else if (!count(provinces, doc, provinceCounts)) {
            withoutProvince++;
          }
          count(officials, doc, officialCounts);
          if (year1 != null) {
            if (year1.advanceExact(doc)) countYear(year1.longValue());
          } else if (years.advanceExact(doc)) {
            countYear(years.nextValue());
          }
        }

        private void countYear(long value) {
          int y = (int) value;
          if (y >= FIRST_YEAR && y < FIRST_YEAR + YEAR_SPAN) {
            yearCounts[y - FIRST_YEAR]++;
          } else {
            year.merge(y, 1L, Long::sum);
          }
        }

        @Override
        public void finish() throws IOException {
          resolve(provinces, provinceCounts, province);
          resolve(officials, officialCounts, official);
          for (int i = 0; i < YEAR_SPAN; i++) {
            if (yearCounts[i] > 0) year.merge(FIRST_YEAR + i, yearCounts[i], Long::sum);
          }
        }
      };
    }

    /** Counts the doc's values; false when it has none. */
    private static boolean count(SortedSetDocValues values, int doc, long[] counts) throws IOException {
      if (!values.advanceExact(doc)) {
        return false;
      }
      for (int i = 0; i < values.docValueCount(); i++) {
        counts[(int) values.nextOrd()]++;
      }
      return true;
    }

    private static void resolve(SortedSetDocValues values, long[] counts, Map<String, Long> into)
        throws IOException {
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
        }
      }
    }
  }

}
