package wjw.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Traditional and variant Han characters and their simplified form (醫 → 医, 衛 → 卫): ICU's {@code
 * Traditional-Simplified} transform applied to every Han code point on its own (3,080 characters change),
 * written out once from ICU4J and checked against it by {@code VariantTableTest}, so the runtime needs neither
 * ICU4J's 13 MB nor the half second it takes to build the table. Every variant becomes one Han character (168
 * rare ones, mostly bird and fish names, become a character outside the BMP, so a folded string can be longer).
 */
public final class HanVariants {
  public static final String TABLE = "traditional-simplified.tsv";

  private HanVariants() {}

  private static final class Holder {
    static final Map<String, String> MAPPINGS = load();
    /**
     * For each BMP character: its simplified form when that is a BMP character too, {@link #LONGER} when it lies
     * outside the BMP, 0 when it is no variant. Every Han character of a page is looked up, so an array, not the map.
     */
    static final char[] BMP = bmpTable(MAPPINGS);
  }

  private static final char LONGER = '\uFFFF';

  /** Traditional/variant character → simplified character, in code point order. */
  public static Map<String, String> mappings() {
    return Holder.MAPPINGS;
  }

  /** {@code text} with every variant character replaced by its simplified form. */
  public static String fold(String text) {
    return fold(text, false);
  }

  /**
   * {@code text} with every variant character replaced by its simplified form where that form is as long in UTF-16
   * units: a view of the text whose every position is the text's, so what is found in the view can be taken from
   * the text as printed. The 168 variants of the BMP whose simplified form lies outside it (rare bird and fish names)
   * stay as they are.
   */
  public static String foldInPlace(String text) {
    return fold(text, true);
  }

  private static String fold(String text, boolean keepLength) {
    char[] bmp = Holder.BMP;
    StringBuilder folded = null;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int next = i + 1;
      String simplified = null;
      if (Character.isHighSurrogate(c) && next < text.length() && Character.isLowSurrogate(text.charAt(next))) {
        next++;
        simplified = Holder.MAPPINGS.get(text.substring(i, next));
      } else if (bmp[c] == LONGER) {
        simplified = keepLength ? null : Holder.MAPPINGS.get(String.valueOf(c));
      } else if (bmp[c] != 0) {
        simplified = String.valueOf(bmp[c]);
      }
      if (simplified != null && keepLength && simplified.length() != next - i) {
        simplified = null;
      }
      if (simplified != null && folded == null) {
        folded = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (folded != null) {
        if (simplified != null) {
          folded.append(simplified);
        } else {
          folded.append(text, i, next);
        }
      }
      i = next;
    }
    return folded == null ? text : folded.toString();
  }

  private static char[] bmpTable(Map<String, String> mappings) {
    char[] table = new char[Character.MAX_VALUE + 1];
    mappings.forEach((from, to) -> {
      if (from.length() == 1) {
        table[from.charAt(0)] = to.length() == 1 ? to.charAt(0) : LONGER;
      }
    });
    return table;
  }

  private static Map<String, String> load() {
    Map<String, String> mappings = new LinkedHashMap<>();
    try (InputStream in = HanVariants.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("resource wjw/ingest/text/" + TABLE + " is missing from the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        mappings.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading wjw/ingest/text/" + TABLE, e);
    }
    return Collections.unmodifiableMap(mappings);
  }
}
