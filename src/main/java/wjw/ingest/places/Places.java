package wjw.ingest.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds the provinces a text names, through province names and China's prefecture-level divisions. */
public final class Places {

  /** One prefecture-level division from {@code cities.tsv}: its province, full name and GB/T 2260 code. */
  public record City(String province, String name, String code) {}

  private static final String RESOURCE = "cities.tsv";

  /**
   * Bare city names (suffix dropped) that are not matched because in this corpus they are usually
   * an ordinary word or an institution, not the city. The full names (中山市, 三明市 …) still match.
   */
  static final Map<String, String> STOPLIST =
      Map.ofEntries(
          Map.entry("中山", "中山大学, 中山医院 (Shanghai), 中山路 and 中山公园 are everywhere"),
          Map.entry("三明", "三明医改 / 学三明 / 三明经验 is the national reform model every province cites"),
          Map.entry("安康", "ordinary word (平安健康, 幸福安康)"),
          Map.entry("中卫", "inside 其中卫生, 集中卫生"),
          Map.entry("日照", "ordinary word (sunshine)"),
          Map.entry("来宾", "ordinary word (guests)"),
          Map.entry("朝阳", "朝阳产业 and Beijing's 朝阳区"),
          Map.entry("白银", "白银经济 (the silver economy of elderly care)"),
          Map.entry("阿里", "阿里巴巴, 阿里健康"),
          Map.entry("兴安", "inside 振兴安… (乡村振兴安排); 兴安盟 and 大兴安岭 still match"),
          Map.entry("海西", "also 海峡西岸 (Fujian), not only Qinghai's 海西州"));

  /**
   * Phrases that contain a place name but are no place: matched like names (so longest match
   * swallows them) and then dropped, which keeps the bare name usable elsewhere.
   */
  static final Map<String, String> NOT_PLACES =
      Map.ofEntries(
          Map.entry("长治久安", "idiom (lasting stability), not 长治"),
          Map.entry("大同小异", "idiom, not 大同"),
          Map.entry("四平八稳", "idiom, not 四平"),
          Map.entry("文山会海", "idiom (too many documents and meetings), not 文山"),
          Map.entry("广安门", "广安门医院 of 中国中医科学院 (Beijing), not 广安"),
          Map.entry("莆田系", "private hospital networks across China, not 莆田"));

  /** Ethnic names and the suffixes that make a full city name; dropped to get the bare name. */
  private static final Pattern PREFECTURE_SUFFIX = Pattern.compile("(市|地区|盟|自治州)$");

  private static final Pattern ETHNIC_TAIL =
      Pattern.compile("((朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克)族?)+$");

  private static final List<City> CITIES = loadCities();

  /** Candidate names keyed by their first character, longest first; a null province marks a {@link #NOT_PLACES} phrase. */
  private static final Map<Character, List<Name>> BY_FIRST_CHAR = buildIndex();

  /**
   * {@link #BY_FIRST_CHAR} for lookups: the first characters sorted, each with its names, and a bit per character
   * that starts a name (most characters of a text start none, and the bit says so at once).
   */
  private static final char[] FIRST_CHARS = firstChars();
  private static final Name[][] NAMES_BY_FIRST_CHAR = namesByFirstChar();
  private static final BitSet STARTS_A_NAME = startsAName();

  /** A name to look for: at least two characters, which {@link #longestAt} relies on. */
  private record Name(String text, String province) {
    Name {
      if (text.length() < 2) {
        throw new IllegalStateException("place name too short to look for: " + text);
      }
    }
  }

  private Places() {}

  /** Every place mention in text: which province each names, with the exact names found, in text order. */
  public static List<PlaceMention> mentions(String text) {
    List<PlaceMention> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    int i = 0;
    while (i < text.length()) {
      Name name = longestAt(text, i);
      if (name == null) {
        i++;
        continue;
      }
      int end = i + name.text().length();
      if (name.province() != null) {
        found.add(new PlaceMention(name.text(), name.province(), i, end));
      }
      // Consume the whole match so no overlapping, shorter name is reported (山西省, not 山西 + 西省).
      i = end;
    }
    return found;
  }

  /** The provinces named in text (full names, e.g. 山西省), mapped to how many mentions each, in order of first mention. */
  public static Map<String, Integer> provincesNamed(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PlaceMention m : mentions(text)) {
      counts.merge(m.province(), 1, Integer::sum);
    }
    return counts;
  }

  /** Every prefecture-level division shipped in {@code cities.tsv}, in GB/T 2260 order. */
  public static List<City> cities() {
    return CITIES;
  }

  /** The bare name of a full city name: 忻州市 → 忻州, 延边朝鲜族自治州 → 延边, 大兴安岭地区 → 大兴安岭. */
  static String bareName(String fullName) {
    String bare = PREFECTURE_SUFFIX.matcher(fullName).replaceFirst("");
    if (fullName.endsWith("自治州")) {
      bare = ETHNIC_TAIL.matcher(bare).replaceFirst("");
    }
    return bare;
  }

  private static Name longestAt(String text, int i) {
    // every name has two characters or more
    if (i + 1 >= text.length() || !STARTS_A_NAME.get(text.charAt(i))) {
      return null;
    }
    char second = text.charAt(i + 1);
    for (Name n : NAMES_BY_FIRST_CHAR[Arrays.binarySearch(FIRST_CHARS, text.charAt(i))]) {
      // comparing the second character first rules out most candidates cheaply
      if (n.text().charAt(1) == second && text.startsWith(n.text(), i)) {
        return n;
      }
    }
    return null;
  }

  private static Map<Character, List<Name>> buildIndex() {
    Map<String, String> provinceOf = new HashMap<>();
    for (City c : CITIES) {
      provinceOf.put(c.name(), c.province());
      String bare = bareName(c.name());
      if (bare.length() >= 2 && !STOPLIST.containsKey(bare)) {
        provinceOf.putIfAbsent(bare, c.province());
      }
    }
    // Province names are put last so they win: a bare city name equal to a short name (吉林, and
    // 海南 from Qinghai's 海南藏族自治州) maps to the province. One-character abbreviations are
    // left out on purpose: 京津冀 is no mention of Beijing.
    for (Provinces.Province p : Provinces.all()) {
      provinceOf.put(p.name(), p.name());
      provinceOf.put(p.shortName(), p.name());
    }
    // The corps has its own commission; without this, 新疆 inside its name would count for Xinjiang.
    Provinces.resolve("新疆生产建设兵团").ifPresent(r -> provinceOf.put(r.name(), r.name()));
    for (String phrase : NOT_PLACES.keySet()) {
      provinceOf.put(phrase, null);
    }
    Map<Character, List<Name>> index = new HashMap<>();
    provinceOf.forEach(
        (text, province) -> index.computeIfAbsent(text.charAt(0), k -> new ArrayList<>()).add(new Name(text, province)));
    Map<Character, List<Name>> frozen = new HashMap<>();
    index.forEach(
        (c, names) -> {
          names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed().thenComparing(Name::text));
          frozen.put(c, List.copyOf(names));
        });
    return frozen;
  }

  private static char[] firstChars() {
    char[] first = new char[BY_FIRST_CHAR.size()];
    int k = 0;
    for (char c : BY_FIRST_CHAR.keySet()) {
      first[k++] = c;
    }
    Arrays.sort(first);
    return first;
  }

  private static Name[][] namesByFirstChar() {
    Name[][] names = new Name[FIRST_CHARS.length][];
    for (int k = 0; k < FIRST_CHARS.length; k++) {
      names[k] = BY_FIRST_CHAR.get(FIRST_CHARS[k]).toArray(new Name[0]);
    }
    return names;
  }

  private static BitSet startsAName() {
    BitSet first = new BitSet(Character.MAX_VALUE + 1);
    for (char c : FIRST_CHARS) {
      first.set(c);
    }
    return first;
  }

  private static List<City> loadCities() {
    List<City> cities = new ArrayList<>();
    for (String[] cols : TsvResource.rows(RESOURCE)) {
      if (Provinces.resolve(cols[0]).isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": unknown province " + cols[0] + " in: " + String.join("\t", cols));
      }
      cities.add(new City(cols[0], cols[1], cols[2]));
    }
    return List.copyOf(cities);
  }
}
