package wjw.search;

import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

  /** Opens the newest complete index generation if it changed; searches in flight finish on the old one. */
  void refresh();
}
