package wjw.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import wjw.analysis.AnalyzedToken;
import wjw.analysis.Tokens;
import wjw.index.Fields;
import wjw.ingest.places.Provinces;

/**
 * Lucene's classic query syntax with wjw-search's meaning: AND between terms, and a run of Chinese
 * characters matches that literal string (a phrase of consecutive bigrams), scored a little higher
 * where smartcn sees it as whole words. A clause with nothing searchable in it (a lone punctuation
 * mark) is left out and listed in {@link #ignored()}, so it cannot zero an AND. Fuzzy and wildcard
 * words become the index terms they match ({@link TermExpansion}). One instance per query: the
 * classic parser is not thread-safe.
 */
final class QueryParsing extends QueryParser {
  static final String DEFAULT_FIELD = "_default";
  static final int MAX_TERMS = 1024;
  static final int MAX_FUZZY_LENGTH = 32;
  private static final Set<String> KNOWN_FIELDS =
      Set.of("text", "title", "headline", "organization", "province", "year", "official");

  private final Analyzer literal;
  private final Analyzer words;
  private final boolean forHighlight;
  private final TermExpansion expansion;
  private final List<String> ignored = new ArrayList<>();
  private int terms;

  /**
   * @param forHighlight when true, unqualified terms target the stored text field (for the
   *     highlighter) and filters become match-all, since they have nothing to mark in the text
   * @param expansion the request's expansion of fuzzy and wildcard words (shared by its search and
   *     highlight queries, so each word is expanded once)
   */
  QueryParsing(Analyzer literal, Analyzer words, boolean forHighlight, TermExpansion expansion) {
    super(DEFAULT_FIELD, literal);
    this.literal = literal;
    this.words = words;
    this.forHighlight = forHighlight;
    this.expansion = expansion;
    setDefaultOperator(QueryParser.Operator.AND);
    setAllowLeadingWildcard(true); // so we can refuse it ourselves with a clearer message
    setSplitOnWhitespace(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    return fieldQuery(field, queryText, 0);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return fieldQuery(field, queryText, slop);
  }

  private Query fieldQuery(String field, String text, int slop) throws ParseException {
    countTerm();
    switch (checkField(field)) {
      case "province":
        return forHighlight ? new MatchAllDocsQuery() : provinceQuery(text);
      case "year":
        return forHighlight ? new MatchAllDocsQuery() : IntField.newExactQuery(Fields.YEAR, parseYear(text));
      case "official":
        return forHighlight ? new MatchAllDocsQuery() : new TermQuery(new Term(Fields.OFFICIAL, text.trim()));
      case DEFAULT_FIELD:
        return literalQuery(forHighlight ? Fields.TEXT : Fields.ANY, text, slop, true);
      case "text":
        return literalQuery(Fields.TEXT, text, slop, true);
      default:
        Query literalMatch = literalQuery(field, text, slop, false);
        return forHighlight && literalMatch != null ? new MatchAllDocsQuery() : literalMatch;
    }
  }

  /** The clauses left out because nothing in them is searchable (punctuation, symbols), as typed. */
  List<String> ignored() {
    return List.copyOf(ignored);
  }

  /**
   * The literal match: consecutive bigrams (and lone characters) at their relative positions;
   * plus, for statement text, a SHOULD clause on smartcn words so whole-word occurrences rank higher.
   * Null (the parser then leaves the clause out) when the text holds nothing searchable.
   */
  private Query literalQuery(String field, String text, int slop, boolean rankByWords) {
    List<AnalyzedToken> tokens = Tokens.literal(literal, field, text);
    if (tokens.isEmpty()) {
      ignored.add(text);
      return null;
    }
    Query match = phrase(field, tokens, slop);
    if (!rankByWords) {
      return match;
    }
    Query ranking = phrase(Fields.TEXT_WORDS, Tokens.analyze(words, Fields.TEXT_WORDS, text), slop);
    if (ranking instanceof MatchNoDocsQuery) {
      return match;
    }
    return new BooleanQuery.Builder()
        .add(match, BooleanClause.Occur.MUST)
        .add(ranking, BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Query phrase(String field, List<AnalyzedToken> tokens, int slop) {
    if (tokens.isEmpty()) {
      return new MatchNoDocsQuery("no searchable characters");
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
    int first = tokens.get(0).position();
    for (AnalyzedToken token : tokens) {
      builder.add(new Term(field, token.term()), token.position() - first);
    }
    return builder.build();
  }

  private Query provinceQuery(String text) {
    String name = Provinces.resolve(text.trim()).map(Provinces.Province::name).orElse(text.trim());
    return new TermQuery(new Term(Fields.PROVINCE, name));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    countTerm();
    if (!"year".equals(checkField(field))) {
      throw new ParseException("ranges [a TO b] work only on year:, not on " + describe(field));
    }
    if (forHighlight) {
      return new MatchAllDocsQuery();
    }
    int low = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : parseYear(part1);
    int high = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : parseYear(part2);
    if (!startInclusive && low != Integer.MIN_VALUE) low++;
    if (!endInclusive && high != Integer.MAX_VALUE) high--;
    return IntField.newRangeQuery(Fields.YEAR, low, high);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    countTerm();
    String f = checkField(field);
    if (containsCjk(termStr)) {
      // A Chinese run already matches wherever it occurs, so a trailing * adds nothing.
      return fieldQuery(f, termStr, 0);
    }
    if (termStr.isEmpty()) {
      throw new ParseException("a lone * is not a query; leave the query empty to browse");
    }
    String prefix = termStr.toLowerCase(Locale.ROOT);
    return anyOf(latinField(f), expansion.prefix(expandedField(f), prefix), "no index term starts with '" + prefix + "'");
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return new MatchAllDocsQuery();
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
    String target = latinField(f);
    String pattern = termStr.toLowerCase(Locale.ROOT);
    try {
      var automaton = WildcardQuery.toAutomaton(new Term(f, pattern), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
      return anyOf(target, expansion.pattern(expandedField(f), automaton, pattern),
          "no index term matches '" + pattern + "'");
    } catch (TooComplexToDeterminizeException e) {
      // a*a*a*…: the automaton would take unbounded work to build; found by QueryFuzzTest
      throw new ParseException("wildcard pattern '" + abbreviate(termStr) + "' is too complex; use fewer * and ?");
    }
  }

  /**
   * What a wildcard matches: any of its expanded terms, scored alike (as Lucene scores wildcards);
   * for the highlighter, the same terms as plain term queries it can look up per hit.
   */
  private Query anyOf(String field, List<TermExpansion.Expanded> expanded, String none) {
    if (expanded.isEmpty()) {
      return new MatchNoDocsQuery(none);
    }
    if (forHighlight) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      expanded.forEach(e -> any.add(new TermQuery(new Term(field, e.term())), BooleanClause.Occur.SHOULD));
      return any.build();
    }
    List<BytesRef> terms = expanded.stream().map(e -> new BytesRef(e.term())).toList();
    return new ConstantScoreQuery(new TermInSetQuery(field, terms));
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
    String target = latinField(f);
    List<TermExpansion.Expanded> expanded = expansion.fuzzy(expandedField(f), word, edits);
    if (expanded.isEmpty()) {
      return new MatchNoDocsQuery("no Latin index term within " + edits + " edits of '" + word + "'");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (TermExpansion.Expanded e : expanded) {
      any.add(new BoostQuery(new TermQuery(new Term(target, e.term())), closeness(e.edits(), edits)),
          BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * The most edits a fuzzy word of {@code length} letters may take, whatever {@code ~N} asks: none
   * up to 2 letters, 1 up to 5, then 2 (Elasticsearch's "AUTO" fuzziness). Two edits turn any
   * two-letter word into any other, so {@code ab~2} matched every statement holding "10" or "5g".
   */
  static int editsAllowed(int length) {
    return length <= 2 ? 0 : length <= 5 ? 1 : 2;
  }

  /** Weight of a fuzzy match: 1 for the word itself, less for each edit (1, 2/3, 1/3 at up to 2 edits). */
  private static float closeness(int edits, int maxEdits) {
    return (maxEdits + 1 - edits) / (float) (maxEdits + 1);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions (/" + termStr + "/) are not supported");
  }

  /** The field whose terms a fuzzy or wildcard word expands over: the searched one, also when highlighting. */
  private static String expandedField(String field) {
    return DEFAULT_FIELD.equals(field) ? Fields.ANY : field;
  }

  private String latinField(String field) throws ParseException {
    return switch (field) {
      case DEFAULT_FIELD -> forHighlight ? Fields.TEXT : Fields.ANY;
      case "text", "title", "headline", "organization" -> field;
      default -> throw new ParseException("wildcards and fuzzy search do not apply to " + field + ":");
    };
  }

  private String checkField(String field) throws ParseException {
    if (DEFAULT_FIELD.equals(field) || KNOWN_FIELDS.contains(field)) {
      return field;
    }
    throw new ParseException("unknown field '" + field + ":' (known: text, title, headline, organization,"
        + " province, year, official)");
  }

  private static int parseYear(String text) throws ParseException {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new ParseException("year must be a whole number such as 2024, not '" + text + "'");
    }
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
}
