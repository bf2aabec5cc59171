package wjw.index;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import wjw.ingest.model.Statement;

/**
 * One way to slice the statements — by province, year, official … — declared once in {@link Dimensions}: the values
 * a statement has, their {@link Kind}, whether a statement may have several, how a filter value is read (aliases,
 * the value for "none"), the order and number of values a facet lists, and the name that is the dimension's API
 * parameter, command-line option, facet and trend key (and, unless {@link #alsoText()}, its field in the query
 * syntax), with its label for the page. Nothing here is an engine's: {@link DimensionFields} maps a dimension onto
 * Lucene fields and queries, and another backend maps the same declaration onto its own (a keyword or integer field,
 * a terms aggregation of at most {@link #limit()} buckets).
 */
public final class Dimension {

  /** What a value is: an exact string, or a whole number (filtered exactly or by range, ordered numerically). */
  public enum Kind { KEYWORD, INTEGER }

  /** The order a dimension's counted values are listed in. */
  public enum Order {
    /** Most statements first, then by value; the {@link #missing()} bucket last. */
    MOST_FREQUENT_FIRST,
    /** Highest value first (years: newest first). */
    HIGHEST_FIRST
  }

  private final String name;
  private final String label;
  private final String description;
  private final String field;
  private final Kind kind;
  private final boolean multiValued;
  private final boolean alsoText;
  private final Function<Statement, List<String>> values;
  private final UnaryOperator<String> canonical;
  private final String missing;
  private final Order order;
  private final int limit;

  private Dimension(Builder b) {
    this.name = Objects.requireNonNull(b.name);
    this.label = Objects.requireNonNull(b.label);
    this.description = Objects.requireNonNull(b.description, "describe " + b.name);
    this.field = Objects.requireNonNull(b.field);
    this.kind = Objects.requireNonNull(b.kind);
    this.multiValued = b.multiValued;
    this.alsoText = b.alsoText;
    this.values = Objects.requireNonNull(b.values, "values of " + b.name);
    this.canonical = b.canonical;
    this.missing = b.missing;
    this.order = b.order;
    this.limit = b.limit;
    if (alsoText && kind != Kind.KEYWORD) {
      throw new IllegalArgumentException(name + ": only a keyword can share its field with text");
    }
  }

  /** Starts the declaration of a dimension: its name (parameter, option, facet key), page label, field and kind. */
  static Builder named(String name, String label, String field, Kind kind) {
    return new Builder(name, label, field, kind);
  }

  /** API parameter, command-line option ({@code --name}), facet and trend key. */
  public String name() {
    return name;
  }

  /** The page's name for it (省份). */
  public String label() {
    return label;
  }

  /** One sentence for the command-line help, the OpenAPI document and {@code GET /api/dimensions}. */
  public String description() {
    return description;
  }

  /** The index field that holds the values (one of {@link Fields}). */
  public String field() {
    return field;
  }

  public Kind kind() {
    return kind;
  }

  /** True when a statement may have several values (two officials); each is counted and each filters. */
  public boolean multiValued() {
    return multiValued;
  }

  /**
   * True when {@link #field()} is also a literal-searchable text field ({@code organization:卫生} in a query means
   * that string in the organisation): the exact values are filtered and counted beside the text, and the query
   * syntax keeps the field's literal meaning, so the dimension is no field there.
   */
  public boolean alsoText() {
    return alsoText;
  }

  /** The value that stands for statements without any (未注明): counted last, and a filter on it finds them; or null. */
  public String missing() {
    return missing;
  }

  public Order order() {
    return order;
  }

  /** At most this many values are listed (most frequent first). */
  public int limit() {
    return limit;
  }

  /** True when {@code name:value} in a query is this dimension's exact filter. */
  public boolean inQuerySyntax() {
    return !alsoText;
  }

  /** The Java type of a value on the command line and in the OpenAPI document. */
  public Class<?> valueType() {
    return kind == Kind.INTEGER ? Integer.class : String.class;
  }

  /** The statement's values as printed, without repeats (none: an empty list; at most one unless multi-valued). */
  public List<String> values(Statement statement) {
    List<String> found = values.apply(statement).stream().distinct().toList();
    if (found.size() > 1 && !multiValued) {
      throw new IllegalStateException(name + " has one value per statement, " + statement.id() + " has " + found);
    }
    return found;
  }

  /**
   * What is wrong with {@code value} as a value of this dimension, or null when nothing is: the reason a filter is
   * refused, said after the parameter's name.
   */
  public String problem(String value) {
    if (kind == Kind.INTEGER && !isMissing(value)) {
      try {
        Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        return "must be a whole number, got \"" + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "\"";
      }
    }
    return null;
  }

  /**
   * The value a filter compares, from a value without a {@link #problem}: surrounding blanks removed, aliases
   * resolved (北京, 京 → 北京市), numbers normalised (02026 → 2026).
   */
  public String canonical(String value) {
    String stripped = value.strip();
    if (isMissing(stripped)) {
      return missing;
    }
    if (kind == Kind.INTEGER) {
      return Integer.toString(Integer.parseInt(stripped));
    }
    return canonical == null ? stripped : canonical.apply(stripped);
  }

  /** True when {@code value} is the {@link #missing()} value: the filter finds the statements without one. */
  public boolean isMissing(String value) {
    return missing != null && missing.equals(value.strip());
  }

  @Override
  public String toString() {
    return name;
  }

  /** The declaration of one dimension; see {@link Dimensions} for the entries. */
  static final class Builder {
    private final String name;
    private final String label;
    private final String field;
    private final Kind kind;
    private String description;
    private boolean multiValued;
    private boolean alsoText;
    private Function<Statement, List<String>> values;
    private UnaryOperator<String> canonical;
    private String missing;
    private Order order = Order.MOST_FREQUENT_FIRST;
    private int limit = Integer.MAX_VALUE;

    private Builder(String name, String label, String field, Kind kind) {
      this.name = name;
      this.label = label;
      this.field = field;
      this.kind = kind;
    }

    Builder describedAs(String description) {
      this.description = description;
      return this;
    }

    /** The statement's single value, or none (null). */
    Builder value(Function<Statement, String> value) {
      this.values = s -> {
        String v = value.apply(s);
        return v == null ? List.of() : List.of(v);
      };
      return this;
    }

    /** The statement's values, several allowed. */
    Builder values(Function<Statement, List<String>> values) {
      this.values = values;
      this.multiValued = true;
      return this;
    }

    /** See {@link Dimension#alsoText()}. */
    Builder alsoText() {
      this.alsoText = true;
      return this;
    }

    Builder canonical(UnaryOperator<String> canonical) {
      this.canonical = canonical;
      return this;
    }

    Builder missing(String missing) {
      this.missing = missing;
      return this;
    }

    Builder order(Order order) {
      this.order = order;
      return this;
    }

    Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    Dimension build() {
      return new Dimension(this);
    }
  }
}
