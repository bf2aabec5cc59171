package wjw.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import wjw.ingest.text.HanVariants;

/**
 * Traditional and variant Han characters read as their simplified form ({@link HanVariants}: 醫共體 → 医共体) in
 * both analyses, at index and query time, so a query in either script finds text printed in either.
 *
 * <p>Per character, not per word: the literal analysis makes every Han character a token of its own, so this is
 * exactly what ICU's transform filter would do after the tokenizer — and OpenSearch's {@code mapping} char
 * filter with the same table gives the same analysis there. A char filter, so offsets still point at the
 * characters as printed and highlights mark them.
 */
public final class VariantFolding {
  private VariantFolding() {}

  private static final class Holder {
    static final NormalizeCharMap CHAR_MAP = build();

    private static NormalizeCharMap build() {
      NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
      HanVariants.mappings().forEach(builder::add);
      return builder.build();
    }
  }

  /** {@code reader} with every variant character replaced by its simplified form, offsets corrected. */
  public static Reader wrap(Reader reader) {
    return new MappingCharFilter(Holder.CHAR_MAP, reader);
  }
}
