package wjw.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The order of a search's hits: {@code sort=relevance|newest} in the API, {@code --sort} on the command line. */
public enum SortOrder {
  /** Best match first; ties newest first, then page and reading order. The default for a query. */
  RELEVANCE,
  /**
   * Newest year first, then page and reading order (the index's rank order). The default for a browse, which has no
   * relevance to rank by: its hits come in this order whatever the sort.
   */
  NEWEST;

  /** The parameter's spelling: relevance, newest. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The order a parameter names (case-insensitive), refused naming {@code sort} otherwise. */
  public static SortOrder parse(String value) {
    for (SortOrder order : values()) {
      if (order.parameter().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return order;
      }
    }
    throw new QueryRejectedException("sort", "must be one of " + Arrays.stream(values()).map(SortOrder::parameter)
        .collect(Collectors.joining(", ")) + ", got \"" + (value.length() <= 40 ? value : value.substring(0, 40) + "…")
        + "\"");
  }
}
