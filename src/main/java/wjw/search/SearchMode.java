package wjw.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a search ranks: by the literal strings typed (the default, and the only mode whose total and
 * facets cover every match), by meaning (the paragraphs nearest the query's embedding), or both fused
 * by reciprocal rank. Modes other than literal need the index's paragraph vectors and the query model.
 */
public enum SearchMode {
  LITERAL,
  SEMANTIC,
  HYBRID;

  /** The mode's name in the API, the command line and the page. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named {@code value} (any case); an {@link IllegalArgumentException} listing the modes otherwise. */
  public static SearchMode parse(String value) {
    for (SearchMode mode : values()) {
      if (mode.label().equalsIgnoreCase(value.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException("must be one of " + Arrays.stream(values()).map(SearchMode::label)
        .collect(Collectors.joining(", ")) + "; got \"" + (value.length() <= 40 ? value : value.substring(0, 40) + "…")
        + "\"");
  }
}
