package wjw.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import wjw.analysis.AnalyzedToken;
import wjw.analysis.Tokens;
import wjw.index.Dimension;
import wjw.index.Dimensions;
import wjw.index.Fields;

/**
 * Lucene's classic query syntax read into the user's {@link Clause}s: AND between terms; a run of Chinese characters
 * is a literal string; {@code name:value} on a dimension of the registry is its exact filter, on a text field a
 * literal in that field. A clause with nothing searchable in it (a lone punctuation mark) is left out and listed in
 * {@link #ignored()}, so it cannot zero an AND. Everything the syntax refuses is refused here, before the index is
 * touched. One instance per query: the classic parser is not thread-safe.
 */
final class QueryParsing extends QueryParser {
  static final String DEFAULT_FIELD = "_default";
  static final int MAX_TERMS = 1024;
  static final int MAX_FUZZY_LENGTH = 32;
  /** The text fields {@code field:} may name; a literal there means that string in that field. */
  static final List<String> TEXT_FIELDS = List.of(Fields.TEXT, Fields.TITLE, Fields.HEADLINE, Fields.ORGANIZATION);

  private final Analyzer literal;
  private final List<String> ignored = new ArrayList<>();
  private int terms;

  QueryParsing(Analyzer literal) {
    super(DEFAULT_FIELD, literal);
    this.literal = literal;
    setDefaultOperator(QueryParser.Operator.AND);
    setAllowLeadingWildcard(true); // so we can refuse it ourselves with a clearer message
    setSplitOnWhitespace(true);
  }

  /** The clauses of {@code query}, or null when nothing in it is searchable; refused with the reason otherwise. */
  Clause clauses(String query) {
    try {
      return unwrap(parse(query));
    } catch (ParseException e) {
      throw new QueryRejectedException("q", describe(query, e));
    }
  }

  /** The clauses left out because nothing in them is searchable (punctuation, symbols), as typed. */
  List<String> ignored() {
    return List.copyOf(ignored);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    return fieldQuery(field, queryText, false, 0);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return fieldQuery(field, queryText, true, slop);
  }

  private Query fieldQuery(String field, String text, boolean quoted, int slop) throws ParseException {
    countTerm();
    Optional<Dimension> filter = filterDimension(checkField(field));
    if (filter.isPresent()) {
      Dimension d = filter.get();
      String problem = d.problem(text);
      if (problem != null) {
        throw new ParseException(d.name() + " " + problem);
      }
      return wrap(new Clause.Filter(d, text.trim()));
    }
    List<AnalyzedToken> tokens = Tokens.literal(literal, Fields.TEXT, text);
    if (tokens.isEmpty()) {
      ignored.add(text);
      return null;
    }
    return wrap(new Clause.Literal(textField(field), text, quoted, slop, tokens));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    countTerm();
    Dimension d = filterDimension(checkField(field)).filter(f -> f.kind() == Dimension.Kind.INTEGER).orElseThrow(() ->
        new ParseException("ranges [a TO b] work only on " + numericNames() + ", not on " + describe(field)));
    Integer low = part1 == null || part1.equals("*") ? null : number(d, part1);
    Integer high = part2 == null || part2.equals("*") ? null : number(d, part2);
    if (!startInclusive && low != null) low++;
    if (!endInclusive && high != null) high--;
    return wrap(new Clause.Range(d, low, high));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    countTerm();
    String f = checkField(field);
    if (containsCjk(termStr)) {
      // A Chinese run already matches wherever it occurs, so a trailing * adds nothing.
      return fieldQuery(f, termStr, false, 0);
    }
    if (termStr.isEmpty()) {
      throw new ParseException("a lone * is not a query; leave the query empty to browse");
    }
    latinField(f);
    return wrap(new Clause.Prefix(textField(f), termStr.toLowerCase(Locale.ROOT)));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return wrap(new Clause.All());
    }
    countTerm();
    String f = checkField(field);
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      throw new ParseException("leading wildcard in '" + termStr + "' is not allowed: it would scan every term"
          + " (Chinese text needs no wildcard: 医共体 already matches inside longer words)");
    }
    if (containsCjk(termStr)) {
      throw new ParseException("wildcards inside Chinese text ('" + termStr + "') are not supported;"
          + " a Chinese run already matches wherever it occurs");
    }
    latinField(f);
    String pattern = termStr.toLowerCase(Locale.ROOT);
    try {
      Automaton automaton = WildcardQuery.toAutomaton(new Term(f, pattern), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
      return wrap(new Clause.Wildcard(textField(f), pattern, automaton));
    } catch (TooComplexToDeterminizeException e) {
      // a*a*a*…: the automaton would take unbounded work to build; found by QueryFuzzTest
      throw new ParseException("wildcard pattern '" + abbreviate(termStr) + "' is too complex; use fewer * and ?");
    }
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    countTerm();
    String f = checkField(field);
    if (containsCjk(termStr)) {
      throw new ParseException("fuzzy search (~) is not supported for Chinese text '" + termStr
          + "'; Chinese runs match literally");
    }
    if (!TermExpansion.isLatin(termStr)) {
      throw new ParseException("fuzzy search (~) works on words of Latin letters and digits, not on '"
          + abbreviate(termStr) + "'");
    }
    if (termStr.codePointCount(0, termStr.length()) > MAX_FUZZY_LENGTH) {
      // building the edit-distance automaton takes time in proportion to the term: about a second for 1,000
      // characters (found by QueryFuzzTest), and no word that long needs fuzzy matching
      throw new ParseException("fuzzy search (~) works on words of at most " + MAX_FUZZY_LENGTH + " characters, not on '"
          + abbreviate(termStr) + "'");
    }
    String word = termStr.toLowerCase(Locale.ROOT);
    int asked = minSimilarity >= 1 ? Math.min((int) minSimilarity, 2) : 2;
    int edits = Math.min(asked, editsAllowed(word.codePointCount(0, word.length())));
    latinField(f);
    return wrap(new Clause.Fuzzy(textField(f), word, edits));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions (/" + termStr + "/) are not supported");
  }

  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) {
    if (clauses.isEmpty()) {
      return null;
    }
    List<Clause.Part> parts = new ArrayList<>(clauses.size());
    for (BooleanClause c : clauses) {
      Clause.Occur occur = switch (c.occur()) {
        case MUST, FILTER -> Clause.Occur.MUST;
        case SHOULD -> Clause.Occur.SHOULD;
        case MUST_NOT -> Clause.Occur.MUST_NOT;
      };
      parts.add(new Clause.Part(occur, unwrap(c.query())));
    }
    return wrap(new Clause.Bool(parts));
  }

  /**
   * The most edits a fuzzy word of {@code length} letters may take, whatever {@code ~N} asks: none
   * up to 2 letters, 1 up to 5, then 2 (Elasticsearch's "AUTO" fuzziness). Two edits turn any
   * two-letter word into any other, so {@code ab~2} matched every statement holding "10" or "5g".
   */
  static int editsAllowed(int length) {
    return length <= 2 ? 0 : length <= 5 ? 1 : 2;
  }

  /** The text field a clause's field names: null for an unqualified word. */
  private static String textField(String field) {
    return DEFAULT_FIELD.equals(field) ? null : field;
  }

  /** Refuses wildcards and fuzzy words outside the text fields. */
  private static void latinField(String field) throws ParseException {
    if (!DEFAULT_FIELD.equals(field) && !TEXT_FIELDS.contains(field)) {
      throw new ParseException("wildcards and fuzzy search do not apply to " + field + ":");
    }
  }

  /** The dimension whose exact filter {@code field:} is: a dimension's name that is not a text field's. */
  private static Optional<Dimension> filterDimension(String field) {
    return TEXT_FIELDS.contains(field) ? Optional.empty()
        : Dimensions.named(field).filter(Dimension::inQuerySyntax);
  }

  private static String checkField(String field) throws ParseException {
    if (DEFAULT_FIELD.equals(field) || TEXT_FIELDS.contains(field) || filterDimension(field).isPresent()) {
      return field;
    }
    throw new ParseException("unknown field '" + field + ":' (known: " + Stream.concat(TEXT_FIELDS.stream(),
        Dimensions.ALL.stream().filter(Dimension::inQuerySyntax).map(Dimension::name)).distinct()
        .collect(Collectors.joining(", ")) + ")");
  }

  private static String numericNames() {
    return Dimensions.ALL.stream().filter(d -> d.inQuerySyntax() && d.kind() == Dimension.Kind.INTEGER)
        .map(d -> d.name() + ":").collect(Collectors.joining(", "));
  }

  private static int number(Dimension d, String text) throws ParseException {
    String problem = d.problem(text);
    if (problem != null) {
      throw new ParseException(d.name() + " " + problem);
    }
    return Integer.parseInt(text.strip());
  }

  private void countTerm() throws ParseException {
    if (++terms > MAX_TERMS) {
      throw new ParseException("query has more than " + MAX_TERMS + " clauses");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static String describe(String field) {
    return DEFAULT_FIELD.equals(field) ? "plain text" : field + ":";
  }

  static boolean containsCjk(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Lucene's message without its grammar dump: what went wrong and at which column. */
  static String describe(String query, ParseException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String prefix = "Cannot parse '" + query + "': ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    int grammar = message.indexOf("Was expecting");
    if (grammar >= 0) {
      message = message.substring(0, grammar);
    }
    message = message.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    if (message.contains("<EOF>")) {
      message = "the query ends too early (an unclosed quote or bracket, or a dangling AND/OR/NOT?) — " + message;
    }
    return "cannot parse query '" + query + "': " + message;
  }

  private static Query wrap(Clause clause) {
    return new ClauseQuery(clause);
  }

  /**
   * The clause the classic parser handed back: ours, one it boosted ({@code ^2} wraps what we gave it), or its empty
   * query for a text with nothing searchable (null).
   */
  private static Clause unwrap(Query query) {
    if (query instanceof ClauseQuery c) {
      return c.clause;
    }
    if (query instanceof BoostQuery b) {
      return new Clause.Boost(unwrap(b.getQuery()), b.getBoost());
    }
    if (query instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return null;
    }
    throw new IllegalStateException("the parser built a query of its own: " + query);
  }

  /**
   * Carries a {@link Clause} through the classic parser, which builds {@link Query} objects: never searched, only
   * unwrapped again.
   */
  private static final class ClauseQuery extends Query {
    final Clause clause;

    ClauseQuery(Clause clause) {
      this.clause = clause;
    }

    @Override
    public String toString(String field) {
      return clause.toString();
    }

    @Override
    public void visit(QueryVisitor visitor) {}

    @Override
    public boolean equals(Object other) {
      return other instanceof ClauseQuery c && c.clause.equals(clause);
    }

    @Override
    public int hashCode() {
      return clause.hashCode();
    }
  }
}
