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
  }

  /** Traditional/variant character → simplified character, in code point order. */
  public static Map<String, String> mappings() {
    return Holder.MAPPINGS;
  }

  /** {@code text} with every variant character replaced by its simplified form. */
  public static String fold(String text) {
    StringBuilder folded = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      String simplified = cp < 0x3400 ? null : Holder.MAPPINGS.get(text.substring(i, next));
      if (simplified != null && folded == null) {
        folded = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (folded != null) {
        folded.append(simplified != null ? simplified : text.substring(i, next));
      }
      i = next;
    }
    return folded == null ? text : folded.toString();
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
