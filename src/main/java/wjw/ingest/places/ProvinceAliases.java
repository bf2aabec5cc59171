package wjw.ingest.places;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Literary and set-phrase names of provinces (首都 → 北京市, 龙江 → 黑龙江省) from a shipped table:
 * statements name their own province this way as often as by its official name.
 */
public final class ProvinceAliases {
  private static final Map<String, String> ALIASES = load();
  /** The aliases in the order {@link #ALIASES} iterates them, with a bit for every character one starts with. */
  private static final List<Map.Entry<String, String>> IN_ORDER = List.copyOf(ALIASES.entrySet());
  private static final BitSet FIRST_CHARS = firstChars();
  /** The positions in {@link #IN_ORDER} of the aliases starting with each character: "中" and "三" are common. */
  private static final Map<Character, int[]> BY_FIRST_CHAR = byFirstChar();

  private ProvinceAliases() {}

  /** Every alias in text where it starts (occurrences of one alias not overlapping), in text order. */
  public static List<PlaceMention> mentions(String text) {
    List<PlaceMention> found = null;
    int[] freeFrom = null;
    for (int at = 0; at < text.length(); at++) {
      if (!FIRST_CHARS.get(text.charAt(at))) {
        continue;
      }
      for (int k : BY_FIRST_CHAR.get(text.charAt(at))) {
        String alias = IN_ORDER.get(k).getKey();
        if (text.startsWith(alias, at)) {
          if (freeFrom == null) {
            freeFrom = new int[IN_ORDER.size()];
            found = new java.util.ArrayList<>();
          }
          if (at >= freeFrom[k]) {
            found.add(new PlaceMention(alias, IN_ORDER.get(k).getValue(), at, at + alias.length()));
            freeFrom[k] = at + alias.length();
          }
        }
      }
    }
    return found == null ? List.of() : found;
  }

  private static Map<Character, int[]> byFirstChar() {
    Map<Character, List<Integer>> positions = new java.util.HashMap<>();
    for (int k = 0; k < IN_ORDER.size(); k++) {
      positions.computeIfAbsent(IN_ORDER.get(k).getKey().charAt(0), c -> new java.util.ArrayList<>()).add(k);
    }
    Map<Character, int[]> byFirst = new java.util.HashMap<>();
    positions.forEach((c, ks) -> byFirst.put(c, ks.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(byFirst);
  }

  private static BitSet firstChars() {
    BitSet first = new BitSet(Character.MAX_VALUE + 1);
    IN_ORDER.forEach(e -> first.set(e.getKey().charAt(0)));
    return first;
  }

  private static Map<String, String> load() {
    Map<String, String> aliases = new LinkedHashMap<>();
    for (String[] cols : TsvResource.rows("province-aliases.tsv")) {
      aliases.put(cols[0], cols[1]);
    }
    return Map.copyOf(aliases);
  }

}
