package wjw.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import wjw.analysis.Tokens;
import wjw.analysis.WordAnalyzer;
import wjw.index.Fields;
import wjw.ingest.places.Provinces;

/** Turns a {@link SearchRequest} into the Lucene query to run and the query to highlight with. */
final class QueryBuilder {
  /**
   * One request's queries: {@code search} runs, {@code highlight} marks statement text, and
   * {@code ignored} lists the clauses left out because nothing in them is searchable.
   */
  record Parsed(Query search, Query highlight, List<String> ignored) {}

  private final Analyzer literal;
  private final Analyzer words;

  QueryBuilder(Analyzer literal, Analyzer words) {
    this.literal = literal;
    this.words = words;
  }

  /**
   * The query text combined with the request's filters (an empty query with filters browses), and
   * the query to highlight with; fuzzy and wildcard words are expanded once, by {@code expansion}.
   */
  Parsed parse(SearchRequest request, TermExpansion expansion) {
    boolean blank = request.query() == null || request.query().isBlank();
    if (blank) {
      return new Parsed(withFilters(new MatchAllDocsQuery(), request), new MatchNoDocsQuery(), List.of());
    }
    QueryParsing parser = new QueryParsing(literal, words, false, expansion);
    Query text = parse(parser, request.query());
    Query highlight = highlight(request.query(), expansion);
    return new Parsed(withFilters(text, request), highlight, parser.ignored());
  }

  /** {@code text} restricted by the request's filters; with {@code MatchAllDocsQuery}, the filters alone (the vector index has the same filter fields). */
  static Query withFilters(Query text, SearchRequest request) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text, BooleanClause.Occur.MUST);
    if (request.province() != null && request.province().trim().equals(Facets.NO_PROVINCE)) {
      all.add(new FieldExistsQuery(Fields.PROVINCE), BooleanClause.Occur.MUST_NOT);
    } else if (request.province() != null && !request.province().isBlank()) {
      String name = Provinces.resolve(request.province().trim())
          .map(Provinces.Province::name).orElse(request.province().trim());
      all.add(new TermQuery(new Term(Fields.PROVINCE, name)), BooleanClause.Occur.FILTER);
    }
    if (request.year() != null) {
      all.add(IntField.newExactQuery(Fields.YEAR, request.year()), BooleanClause.Occur.FILTER);
    }
    if (request.official() != null && !request.official().isBlank()) {
      all.add(new TermQuery(new Term(Fields.OFFICIAL, request.official().trim())), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  /** The query whose statement-text terms the highlighter marks; matches nothing for a blank query. */
  Query highlight(String query, TermExpansion expansion) {
    return query == null || query.isBlank() ? new MatchNoDocsQuery()
        : parse(new QueryParsing(literal, words, true, expansion), query);
  }

  /** Makes smartcn load its dictionaries (shared by every smartcn analyzer of the JVM). */
  static void warmUp() {
    try (Analyzer words = WordAnalyzer.create()) {
      Tokens.analyze(words, Fields.TEXT_WORDS, "北京市卫生健康委推进紧密型县域医共体建设");
    }
  }

  private static Query parse(QueryParsing parser, String query) {
    RequestLimits.checkQuery(query);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new QueryRejectedException("q", describe(query, e));
    }
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
}
