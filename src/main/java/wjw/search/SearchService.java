package wjw.search;

import java.io.Closeable;
import java.time.Duration;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import wjw.index.Dimensions;
import wjw.ingest.model.ArticleSummary;

/**
 * The search engine without any HTTP: queries, statement/article/official views and index info over
 * the live index generation; thread-safe, and {@link #refresh()} switches to a newer generation
 * without failing searches in flight.
 */
public interface SearchService extends Closeable {

  /** How long one search may take (from its request's arrival) before it answers with what it has. */
  Duration timeLimit();

  /**
   * The search, stopped where {@code deadline} passes (the answer then says it is partial) or
   * abandoned with a {@link SearchStoppedException} if the deadline is cancelled or passes before
   * there is anything to show.
   */
  SearchResult search(SearchRequest request, Deadline deadline);

  /** {@link #search(SearchRequest, Deadline)} within {@link #timeLimit()} from now. */
  default SearchResult search(SearchRequest request) {
    return search(request, Deadline.after(timeLimit()));
  }

  /**
   * The request's matches by year × each of its {@link SearchRequest#trends()} (every dimension a trend can be counted
   * by when it names none), counted in the search's pass with the facets; its page of hits is not wanted.
   */
  default TrendResult trend(SearchRequest request, Deadline deadline) {
    SearchRequest counted = request.trends().isEmpty() ? request.withTrends(Dimensions.trendable()) : request;
    return TrendResult.of(search(counted.withPage(0, 1), deadline));
  }

  /**
   * Lets this service search by meaning with {@code encoder} (mode=semantic|hybrid). A backend without paragraph
   * vectors (OpenSearch) ignores it and answers such searches 501.
   */
  default SearchService useQueryEncoder(wjw.semantic.QueryEncoder encoder) {
    return this;
  }

  /**
   * As {@link #useQueryEncoder}, with the encoder asked of {@code source} only when an index with paragraph vectors
   * is live (a server on an index without them never loads the model).
   */
  default SearchService useQueryEncoderWhenNeeded(
      java.util.function.Supplier<? extends wjw.semantic.QueryEncoder> source) {
    return this;
  }

  /**
   * How {@code request} is understood: its clauses, the queries that search and highlight, the marks (for
   * {@code search --explain}).
   */
  default ParsedQuery explain(SearchRequest request) {
    throw new UnsupportedOperationException("explaining a query is not available from this search backend");
  }

  /** One statement, its text highlighted for {@code query} (may be null) unless {@code deadline} stops that. */
  Optional<StatementView> statement(String id, String query, Deadline deadline);

  default Optional<StatementView> statement(String id, String query) {
    return statement(id, query, Deadline.after(timeLimit()));
  }

  /** Articles {@code from} .. {@code from + size - 1}, newest year first, then id. */
  ArticlePage articles(int from, int size);

  Optional<ArticleSummary> article(String id);

  List<OfficialView> officials();

  IndexInfo info();

  /** The engine that answers, and its health; a {@link BackendUnavailableException} when it cannot answer. */
  default BackendStatus backend() {
    return BackendStatus.EMBEDDED;
  }

  /** Opens the newest complete index generation if it changed; searches in flight finish on the old one. */
  void refresh();

  /** Ready citations of statement {@code id} and of each of its paragraphs; empty if there is no such statement. */
  default Optional<StatementCitations> citations(String id) {
    return statement(id, null).map(s -> CitationFormatter.of(s,
        s.article() == null || s.article().id() == null ? null : article(s.article().id()).orElse(null)));
  }

  /**
   * Streams every hit of the request's query and filters (its {@code from} and {@code size} do not apply) to
   * {@code sink}, in the search's order; refuses with a {@link QueryRejectedException} before writing anything
   * when there are more than {@link RequestLimits#MAX_EXPORT_ROWS}. Parsing and counting stop at {@code deadline};
   * the rows then stream for as long as the client reads them. Returns the number of rows.
   */
  default long export(SearchRequest request, ExportSink sink, Deadline deadline) throws IOException {
    throw new UnsupportedOperationException("export is not available from this search backend");
  }

  /** {@link #export(SearchRequest, ExportSink, Deadline)} counting within {@link #timeLimit()} from now. */
  default long export(SearchRequest request, ExportSink sink) throws IOException {
    return export(request, sink, Deadline.after(timeLimit()));
  }

  /**
   * The {@code size} statements closest in wording to statement {@code id}, or to its paragraph {@code paragraph}
   * (1-based; null for the whole statement), with the shared words marked; empty if there is no such statement.
   */
  default Optional<SimilarStatements> similar(String id, Integer paragraph, int size, Deadline deadline) {
    throw new UnsupportedOperationException("similar statements are not available from this search backend");
  }

  /** {@link #similar(String, Integer, int, Deadline)} within {@link #timeLimit()} from now. */
  default Optional<SimilarStatements> similar(String id, Integer paragraph, int size) {
    return similar(id, paragraph, size, Deadline.after(timeLimit()));
  }

  /** Up to {@code size} completions of {@code prefix} for the search box: officials with their province, then words. */
  default List<Suggestion> suggest(String prefix, int size) {
    throw new UnsupportedOperationException("suggestions are not available from this search backend");
  }
}
