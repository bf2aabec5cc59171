package wjw.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    return parse(request, text(request, expansion));
  }

  /** The request's {@link ParsedQuery} from its already parsed {@code text}, filters added. */
  ParsedQuery parse(SearchRequest request, Text text) {
    return new ParsedQuery(request, text.clauses(), text.ignored(), withFilters(text.search(), request),
        text.highlight());
  }

  /**
   * What the request's query says before its filters are added: its clauses (null when browsing or when nothing
   * typed is searchable), the clauses left out, the query they search with and the one that highlights.
   */
  record Text(Clause clauses, List<String> ignored, Query search, Query highlight) {}

  /** The request's own query, parsed and translated; a backend that filters in its own terms adds the filters. */
  Text text(SearchRequest request, TermExpansion expansion) {
    if (request.browsing()) {
      return new Text(null, List.of(), new MatchAllDocsQuery(), new MatchNoDocsQuery());
    }
    QueryParsing parser = new QueryParsing(literal);
    Clause clauses = parser.clauses(request.query());
    LuceneQueries.Pair queries = clauses == null
        ? new LuceneQueries.Pair(new BooleanQuery.Builder().build(), new BooleanQuery.Builder().build())
        : new LuceneQueries(words, expansion).translate(clauses);
    return new Text(clauses, parser.ignored(), queries.search(), queries.highlight());
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

  /**
   * smartcn's dictionaries (shared by every smartcn analyzer of the JVM) loading on a thread of their own, started on
   * first use: about half a second that a server's start can spend beside opening the index and the HTTP server.
   */
  static CompletableFuture<Void> warmUp() {
    return WarmUp.DONE;
  }

  /** Holds the one load of the dictionaries, started when first asked for. */
  private static final class WarmUp {
    static final CompletableFuture<Void> DONE = CompletableFuture.runAsync(QueryBuilder::loadDictionaries, runnable -> {
      Thread t = new Thread(runnable, "wjw-analysis-warm-up");
      t.setDaemon(true);
      t.start();
    });
  }

  private static void loadDictionaries() {
    try (Analyzer words = WordAnalyzer.create()) {
      Tokens.analyze(words, Fields.TEXT_WORDS, "北京市卫生健康委推进紧密型县域医共体建设");
    }
  }
}
