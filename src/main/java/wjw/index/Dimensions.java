package wjw.index;

import java.util.List;
import java.util.Optional;
import wjw.index.Dimension.Kind;
import wjw.index.Dimension.Order;
import wjw.ingest.model.Official;
import wjw.ingest.model.Statement;
import wjw.ingest.places.Provinces;

/**
 * The dimension registry: every way a search can be filtered, counted and trended, declared once. Indexing
 * ({@link StatementDocument}), query building and the query syntax, the facet and trend counts, the search request,
 * the HTTP parameters and {@code GET /api/dimensions}, the OpenAPI document, the {@code search} command's options
 * and the page all walk {@link #ALL}. Adding a dimension is one entry here (and in {@link #ALL}) plus its test.
 */
public final class Dimensions {
  private Dimensions() {}

  /** The province facet's value (and filter) for statements whose header names no place; no province is called so. */
  public static final String NO_PROVINCE = "未注明";

  /** Most values a many-valued dimension lists: the page shows a column of them, and the rest are rare. */
  static final int MANY_VALUES_SHOWN = 100;

  public static final Dimension PROVINCE = Dimension.named("province", "省份", Fields.PROVINCE, Kind.KEYWORD)
      .describedAs("the province (北京市, 北京 or 京); " + NO_PROVINCE + ": statements whose header names no place")
      .value(Statement::province)
      .canonical(Provinces::canonical)
      .missing(NO_PROVINCE)
      .build();

  public static final Dimension YEAR = Dimension.named("year", "年份", Fields.YEAR, Kind.INTEGER)
      .describedAs("the year the page looks ahead to")
      .value(s -> s.year() == null ? null : s.year().toString())
      .order(Order.HIGHEST_FIRST)
      .build();

  public static final Dimension OFFICIAL = Dimension.named("official", "负责人", Fields.OFFICIAL, Kind.KEYWORD)
      .describedAs("an official named in the statement's header (exact name)")
      .values(s -> s.officials().stream().map(Official::name).toList())
      .limit(MANY_VALUES_SHOWN)
      .build();

  public static final Dimension TITLE = Dimension.named("title", "职务", Fields.TITLE, Kind.KEYWORD)
      .describedAs("an official's title as printed in the header (exact, e.g. 党组书记、主任); title: in a query still"
          + " searches titles for a string (title:书记)")
      // the same condition as StatementDocument's text field of this name: a field's schema is one per index
      .values(s -> s.officials().stream().map(Official::title).filter(t -> t != null && !t.isEmpty()).toList())
      .alsoText()
      .limit(MANY_VALUES_SHOWN)
      .build();

  public static final Dimension ORGANIZATION = Dimension.named("organization", "机构", Fields.ORGANIZATION, Kind.KEYWORD)
      .describedAs("the organisation as printed in the header (exact, e.g. 北京市卫生健康委)")
      .value(Statement::organization)
      .alsoText()
      .limit(MANY_VALUES_SHOWN)
      .build();

  /** Every dimension, in the order facets are listed. */
  public static final List<Dimension> ALL = List.of(PROVINCE, YEAR, OFFICIAL, TITLE, ORGANIZATION);

  /** The dimension trends run along (the rows of a trend table are its values): the year. */
  public static final Dimension TIME = YEAR;

  /** The dimension with this name (its API parameter), if any. */
  public static Optional<Dimension> named(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The dimensions a trend may be counted by: all but {@link #TIME}. */
  public static List<Dimension> trendable() {
    return ALL.stream().filter(d -> d != TIME).toList();
  }
}
