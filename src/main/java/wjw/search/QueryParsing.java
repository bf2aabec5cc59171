package wjw.search;

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
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import wjw.analysis.AnalyzedToken;
import wjw.analysis.Tokens;
import wjw.index.Fields;
import wjw.ingest.Provinces;

/**
 * Lucene's classic query syntax with wjw-search's meaning: AND between terms, and a run of Chinese
 * characters matches that literal string (a phrase of consecutive bigrams), scored a little higher
 * where smartcn sees it as whole words. One instance per query: the classic parser is not thread-safe.
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
  private int terms;

  /**
   * @param forHighlight when true, unqualified terms target the stored text field (for the
   *     highlighter) and filters become match-all, since they have nothing to mark in the text
   */
  QueryParsing(Analyzer literal, Analyzer words, boolean forHighlight) {
    super(DEFAULT_FIELD, literal);
    this.literal = literal;
    this.words = words;
    this.forHighlight = forHighlight;
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
        return forHighlight ? new MatchAllDocsQuery() : literalQuery(field, text, slop, false);
    }
  }

  /**
   * The literal match: consecutive bigrams (and lone characters) at their relative positions;
   * plus, for statement text, a SHOULD clause on smartcn words so whole-word occurrences rank higher.
   */
  private Query literalQuery(String field, String text, int slop, boolean rankByWords) {
    Query match = phrase(field, Tokens.literal(literal, field, text), slop);
    if (!rankByWords || match instanceof MatchNoDocsQuery) {
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
    return new PrefixQuery(new Term(latinField(f), termStr.toLowerCase(Locale.ROOT)));
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
    try {
      return new WildcardQuery(new Term(latinField(f), termStr.toLowerCase(Locale.ROOT)));
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
    if (termStr.codePointCount(0, termStr.length()) > MAX_FUZZY_LENGTH) {
      // building the edit-distance automaton takes time in proportion to the term: about a second for 1,000
      // characters (found by QueryFuzzTest), and no word that long needs fuzzy matching
      throw new ParseException("fuzzy search (~) works on words of at most " + MAX_FUZZY_LENGTH + " characters, not on '"
          + abbreviate(termStr) + "'");
    }
    int edits = minSimilarity >= 1 ? Math.min((int) minSimilarity, 2) : 2;
    return new FuzzyQuery(new Term(latinField(f), termStr.toLowerCase(Locale.ROOT)), edits);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions (/" + termStr + "/) are not supported");
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
