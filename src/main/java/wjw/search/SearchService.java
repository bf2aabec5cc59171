package wjw.search;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The search engine without any HTTP: queries, statement/article/official views and index info over
 * the live index generation; thread-safe, and {@link #refresh()} switches to a newer generation
 * without failing searches in flight.
 */
public interface SearchService extends Closeable {

  SearchResult search(SearchRequest request);

  Optional<StatementView> statement(String id, String query);

  /** Articles {@code from} .. {@code from + size - 1}, newest year first, then id. */
  ArticlePage articles(int from, int size);

  Optional<ArticleSummary> article(String id);

  List<OfficialView> officials();

  IndexInfo info();

  /** Opens the newest complete index generation if it changed; searches in flight finish on the old one. */
  void refresh();
}
