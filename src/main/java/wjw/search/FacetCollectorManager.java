package wjw.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.NumericUtils;
import wjw.index.Dimension;
import wjw.index.Dimensions;

/**
 * The one place the embedded index counts matches: every dimension of the registry, and the trends a request asks
 * for (year × a dimension), over every match in the same pass that collects the top hits. Counted from doc values
 * per segment in arrays indexed by ordinal (or by a number's distance from the segment's lowest), resolved to strings
 * once per segment; listed as {@link Facets#listed} and {@link Trend#of} say, as every backend lists them.
 */
final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.Counter, FacetCollectorManager.Counts> {
  /** The facets, and the trends asked for keyed by dimension name (empty when none). */
  record Counts(Facets facets, Map<String, Trend> trends) {}

  /** Numbers spread wider than this in one segment, or trend tables larger, are counted in a map, not an array. */
  static final int MAX_ARRAY_SLOTS = 1 << 16;

  private final List<Dimension> trendsBy;

  /** @param trendsBy the dimensions to count by year as well (none: facets only) */
  FacetCollectorManager(List<Dimension> trendsBy) {
    this.trendsBy = List.copyOf(trendsBy);
  }

  @Override
  public Counter newCollector() {
    return new Counter(trendsBy);
  }

  @Override
  public Counts reduce(Collection<Counter> counters) {
    List<Dimension> all = Dimensions.ALL;
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Map<String, Long> counts = new HashMap<>();
      long missing = 0;
      for (Counter c : counters) {
        c.values.get(i).forEach((k, v) -> counts.merge(k, v, Long::sum));
        missing += c.missing[i];
      }
      facets.put(all.get(i).name(), Facets.listed(all.get(i), counts, missing));
    }
    Facets result = new Facets(facets);
    Map<String, Trend> trends = new LinkedHashMap<>();
    for (int t = 0; t < trendsBy.size(); t++) {
      Map<String, Map<String, Long>> cells = new HashMap<>(); // value -> year -> count
      long undated = 0;
      for (Counter c : counters) {
        undated += c.undated;
        c.trends.get(t).forEach((value, byYear) -> byYear.forEach(
            (year, n) -> cells.computeIfAbsent(value, v -> new HashMap<>()).merge(year, n, Long::sum)));
      }
      Dimension by = trendsBy.get(t);
      trends.put(by.name(), Trend.of(by.name(), result.of(by), cells, undated));
    }
    return new Counts(result, trends);
  }

  /** One slice's counts: per dimension value → count, statements without a value, and each trend's cells. */
  static final class Counter implements Collector {
    private final List<Dimension> trendsBy;
    final List<Map<String, Long>> values = new ArrayList<>();
    final long[] missing = new long[Dimensions.ALL.size()];
    /** Per trend: value of its dimension → year → count. */
    final List<Map<String, Map<String, Long>>> trends = new ArrayList<>();
    /** Matches without a year, in no trend's columns. */
    long undated;

    Counter(List<Dimension> trendsBy) {
      this.trendsBy = trendsBy;
      Dimensions.ALL.forEach(d -> values.add(new HashMap<>()));
      trendsBy.forEach(d -> trends.add(new HashMap<>()));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      List<Dimension> all = Dimensions.ALL;
      SegmentValues[] dims = new SegmentValues[all.size()];
      for (int i = 0; i < dims.length; i++) {
        dims[i] = SegmentValues.of(all.get(i), context.reader());
      }
      SegmentValues years = dims[all.indexOf(Dimensions.TIME)];
      TrendCells[] cells = new TrendCells[trendsBy.size()];
      for (int t = 0; t < cells.length; t++) {
        cells[t] = new TrendCells(years, dims[all.indexOf(trendsBy.get(t))], trendsBy.get(t).missing() != null);
      }
      return new LeafCollector() {
        private long undatedHere;

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (SegmentValues d : dims) {
            d.collect(doc);
          }
          if (cells.length > 0 && years.n == 0) {
            undatedHere++;
            return;
          }
          for (TrendCells c : cells) {
            c.collect();
          }
        }

        @Override
        public void finish() throws IOException {
          for (int i = 0; i < dims.length; i++) {
            dims[i].addTo(values.get(i));
            missing[i] += dims[i].missing;
          }
          undated += undatedHere;
          for (int t = 0; t < cells.length; t++) {
            cells[t].addTo(trends.get(t), trendsBy.get(t).missing());
          }
        }
      };
    }
  }

  /**
   * One dimension's values in one segment as small slots — ordinals, or for numbers the distance from the segment's
   * lowest value — counted in an array; the slots of the document just collected stay readable for the trend.
   */
  private abstract static class SegmentValues {
    int[] slots = new int[1];
    int n;
    long missing;
    long[] counts;

    static SegmentValues of(Dimension d, LeafReader reader) throws IOException {
      return d.kind() == Dimension.Kind.INTEGER ? new Numbers(reader, d.field()) : new Ordinals(reader, d.field());
    }

    /** Reads the document's slots into {@link #slots} (setting {@link #n}) and counts them. */
    final void collect(int doc) throws IOException {
      read(doc);
      if (n == 0) {
        missing++;
      }
      for (int i = 0; i < n; i++) {
        counts[slots[i]]++;
      }
    }

    abstract void read(int doc) throws IOException;

    /** The number of slots, or -1 when they are given out as values come ({@link Numbers} spread wide). */
    abstract int size();

    abstract String value(int slot) throws IOException;

    final void addTo(Map<String, Long> into) throws IOException {
      for (int slot = 0; slot < counts.length; slot++) {
        if (counts[slot] > 0) {
          into.merge(value(slot), counts[slot], Long::sum);
        }
      }
    }

    final void room(int needed) {
      if (slots.length < needed) {
        slots = new int[Math.max(needed, 2 * slots.length)];
      }
    }
  }

  /** Sorted-set doc values: the slots are the segment's ordinals. */
  private static final class Ordinals extends SegmentValues {
    private final SortedSetDocValues many;
    /** The single-valued view when every document has at most one value: no multi-value bookkeeping per match. */
    private final SortedDocValues one;

    Ordinals(LeafReader reader, String field) throws IOException {
      many = DocValues.getSortedSet(reader, field);
      one = DocValues.unwrapSingleton(many);
      counts = new long[(int) many.getValueCount()];
    }

    @Override
    void read(int doc) throws IOException {
      if (one != null) {
        n = one.advanceExact(doc) ? 1 : 0;
        if (n == 1) {
          slots[0] = one.ordValue();
        }
        return;
      }
      n = many.advanceExact(doc) ? many.docValueCount() : 0;
      room(n);
      for (int i = 0; i < n; i++) {
        slots[i] = (int) many.nextOrd();
      }
    }

    @Override
    int size() {
      return counts.length;
    }

    @Override
    String value(int slot) throws IOException {
      return many.lookupOrd(slot).utf8ToString();
    }
  }

  /**
   * Sorted-numeric doc values of an integer field: the slots are the distance from the segment's lowest value (read
   * from its points), when the values span at most {@link #MAX_ARRAY_SLOTS}; else given out as values come.
   */
  private static final class Numbers extends SegmentValues {
    private final SortedNumericDocValues many;
    private final NumericDocValues one;
    private final int lowest;
    private final int span;
    private final Map<Long, Integer> slotOf;
    private final List<Long> valueOf;

    Numbers(LeafReader reader, String field) throws IOException {
      many = DocValues.getSortedNumeric(reader, field);
      one = DocValues.unwrapSingleton(many);
      PointValues points = reader.getPointValues(field);
      long low = points == null ? 0 : NumericUtils.sortableBytesToInt(points.getMinPackedValue(), 0);
      long high = points == null ? -1 : NumericUtils.sortableBytesToInt(points.getMaxPackedValue(), 0);
      boolean narrow = high - low + 1 <= MAX_ARRAY_SLOTS;
      lowest = (int) low;
      span = narrow ? (int) (high - low + 1) : -1;
      slotOf = narrow ? null : new HashMap<>();
      valueOf = narrow ? null : new ArrayList<>();
      counts = new long[narrow ? span : 16];
    }

    @Override
    void read(int doc) throws IOException {
      if (one != null) {
        n = one.advanceExact(doc) ? 1 : 0;
        if (n == 1) {
          slots[0] = slot(one.longValue());
        }
        return;
      }
      n = many.advanceExact(doc) ? many.docValueCount() : 0;
      room(n);
      for (int i = 0; i < n; i++) {
        slots[i] = slot(many.nextValue());
      }
    }

    private int slot(long value) {
      if (span >= 0) {
        return (int) (value - lowest);
      }
      Integer slot = slotOf.get(value);
      if (slot == null) {
        slot = valueOf.size();
        slotOf.put(value, slot);
        valueOf.add(value);
        if (slot == counts.length) {
          counts = java.util.Arrays.copyOf(counts, 2 * counts.length);
        }
      }
      return slot;
    }

    @Override
    int size() {
      return span;
    }

    @Override
    String value(int slot) {
      return Long.toString(span >= 0 ? (long) lowest + slot : valueOf.get(slot));
    }
  }

  /**
   * One segment's trend cells: the year slots × the slots of the other dimension (plus a column for statements
   * without a value when it has a missing value), counted in an array when the table is small, else in a map.
   */
  private static final class TrendCells {
    private final SegmentValues years;
    private final SegmentValues by;
    private final boolean countMissing;
    /** Columns per year: the other dimension's slots and one for statements without a value. */
    private final int columns;
    private final long[] array;
    private final Map<Long, Long> map;

    TrendCells(SegmentValues years, SegmentValues by, boolean countMissing) {
      this.years = years;
      this.by = by;
      this.countMissing = countMissing;
      this.columns = by.size() < 0 ? -1 : by.size() + 1;
      long cells = years.size() < 0 || columns < 0 ? Long.MAX_VALUE : (long) years.size() * columns;
      this.array = cells <= MAX_ARRAY_SLOTS ? new long[(int) cells] : null;
      this.map = array == null ? new HashMap<>() : null;
    }

    /** Counts the document just read by both dimensions; it has a year. */
    void collect() {
      for (int y = 0; y < years.n; y++) {
        if (by.n == 0) {
          if (countMissing) {
            add(years.slots[y], -1);
          }
          continue;
        }
        for (int v = 0; v < by.n; v++) {
          add(years.slots[y], by.slots[v]);
        }
      }
    }

    /** {@code column} -1: no value. */
    private void add(int year, int column) {
      if (array != null) {
        array[year * columns + (column < 0 ? columns - 1 : column)]++;
      } else {
        map.merge((long) year << 32 | (column & 0xFFFFFFFFL), 1L, Long::sum);
      }
    }

    void addTo(Map<String, Map<String, Long>> into, String missingValue) throws IOException {
      if (array != null) {
        for (int cell = 0; cell < array.length; cell++) {
          if (array[cell] > 0) {
            int column = cell % columns;
            put(into, cell / columns, column == columns - 1 ? -1 : column, array[cell], missingValue);
          }
        }
      } else {
        for (Map.Entry<Long, Long> e : map.entrySet()) {
          put(into, (int) (e.getKey() >>> 32), (int) (long) e.getKey(), e.getValue(), missingValue);
        }
      }
    }

    private void put(Map<String, Map<String, Long>> into, int year, int column, long count, String missingValue)
        throws IOException {
      String value = column < 0 ? missingValue : by.value(column);
      into.computeIfAbsent(value, v -> new HashMap<>()).merge(years.value(year), count, Long::sum);
    }
  }
}
