package wjw.ingest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wjw.ingest.text.TextUtil;

/** China's 34 provincial-level divisions (plus 新疆生产建设兵团 as a recognised region), loaded from a shipped table. */
public final class Provinces {

  /** One division: full name (北京市), short name (北京) and abbreviation (京). */
  public record Province(String name, String shortName, String abbreviation) {}

  private static final String RESOURCE = "provinces.tsv";
  private static final List<Province> ALL;
  private static final Map<String, Province> BY_ANY_NAME;

  static {
    List<Province> provinces = new ArrayList<>();
    List<Province> regions = new ArrayList<>();
    load(provinces, regions);
    ALL = List.copyOf(provinces);
    Map<String, Province> byName = new HashMap<>();
    // Full and short names win over abbreviations should a string ever be both.
    for (List<Province> list : List.of(provinces, regions)) {
      for (Province p : list) {
        byName.putIfAbsent(p.abbreviation(), p);
      }
    }
    for (List<Province> list : List.of(provinces, regions)) {
      for (Province p : list) {
        byName.put(p.name(), p);
        byName.put(p.shortName(), p);
      }
    }
    BY_ANY_NAME = Map.copyOf(byName);
  }

  private Provinces() {}

  /** The 34 provincial-level divisions in the conventional order (not 新疆生产建设兵团, which {@link #resolve} still knows). */
  public static List<Province> all() {
    return ALL;
  }

  /** The division named by its full name, short name or abbreviation (exact match after trimming), if any. */
  public static Optional<Province> resolve(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_ANY_NAME.get(TextUtil.trim(text)));
  }

  /**
   * The full name (北京市) of the division {@code text} names by any of its names (北京, 京), or {@code text} as given
   * when it names none: the one alias resolver of the project, used by the header parser (a commission's region) and
   * by search (the province filter, {@code province:} in a query).
   */
  public static String canonical(String text) {
    return resolve(text).map(Province::name).orElse(text);
  }

  private static void load(List<Province> provinces, List<Province> regions) {
    for (String[] cols : TsvResource.rows(RESOURCE)) {
      Province p = new Province(cols[0], cols[1], cols[2]);
      boolean regionOnly = cols.length > 3 && cols[3].equals("region");
      (regionOnly ? regions : provinces).add(p);
    }
  }

}
