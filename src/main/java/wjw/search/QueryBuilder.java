package wjw.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import wjw.analysis.Tokens;
import wjw.analysis.WordAnalyzer;
import wjw.index.Dimension;
import wjw.index.DimensionFields;
import wjw.index.Fields;

/** Turns a {@link SearchRequest} into its {@link ParsedQuery}: the query parsed once, translated once, filters added. */
final class QueryBuilder {
  private final Analyzer literal;
  private final Analyzer words;

  QueryBuilder(Analyzer literal, Analyzer words) {
    this.literal = literal;
    this.words = words;
  }

  /**
   * The request's clauses combined with its filters (an empty query with filters browses), and the query to
   * highlight with; fuzzy and wildcard words are expanded once, by {@code expansion}.
   */
  ParsedQuery parse(SearchRequest request, TermExpansion expansion) {
    if (request.browsing()) {
      return new ParsedQuery(request, null, List.of(), withFilters(new MatchAllDocsQuery(), request),
          new MatchNoDocsQuery());
    }
    QueryParsing parser = new QueryParsing(literal);
    Clause clauses = parser.clauses(request.query());
    LuceneQueries.Pair queries = clauses == null
        ? new LuceneQueries.Pair(new BooleanQuery.Builder().build(), new BooleanQuery.Builder().build())
        : new LuceneQueries(words, expansion).translate(clauses);
    return new ParsedQuery(request, clauses, parser.ignored(), withFilters(queries.search(), request),
        queries.highlight());
  }

  /**
   * {@code text} restricted by the request's filters; with {@code MatchAllDocsQuery}, the filters alone (the paragraph
   * vectors carry the same dimension fields, so this also pre-filters a search by meaning).
   */
  static Query withFilters(Query text, SearchRequest request) {
    if (request.filters().isEmpty()) {
      return text;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text, BooleanClause.Occur.MUST);
    for (Map.Entry<Dimension, String> filter : request.filters().entrySet()) {
      all.add(DimensionFields.filter(filter.getKey(), filter.getValue()), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  /** Makes smartcn load its dictionaries (shared by every smartcn analyzer of the JVM). */
  static void warmUp() {
    try (Analyzer words = WordAnalyzer.create()) {
      Tokens.analyze(words, Fields.TEXT_WORDS, "北京市卫生健康委推进紧密型县域医共体建设");
    }
  }
}
