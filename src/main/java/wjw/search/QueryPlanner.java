package wjw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import wjw.analysis.LiteralAnalyzer;
import wjw.analysis.WordAnalyzer;
import wjw.ingest.model.Paragraph;

/**
 * The embedded engine's query semantics for a backend that runs the search on another engine (OpenSearch):
 * a request parsed once, with the same syntax, checks and meaning as {@link LuceneSearchService}'s, into its
 * {@link ParsedQuery} and the Lucene query tree of its own clauses for that backend to translate — fuzzy and
 * wildcard words left as Lucene's multi-term queries for it to expand against its own index
 * ({@link TermExpansion#deferred()}), the request's filters left for it to apply in its own terms from the
 * registry; and the texts it returns highlighted with the same passages and marks as the embedded index gives
 * them. Thread-safe.
 */
public final class QueryPlanner {

  /**
   * One request: its {@link ParsedQuery} (whose {@code search()} holds the filters in the embedded index's
   * encoding), and {@code clauses}, the query of what was typed alone, without the request's filters.
   */
  public record Plan(ParsedQuery parsed, Query clauses) {}

  /** The page of one search: each hit's passages, and how many were highlighted before the time ran short. */
  public record PagePassages(List<List<String>> passages, int highlighted) {}

  /** Terms a fuzzy word matches at most, closest first, in every backend. */
  public static final int FUZZY_TERMS_KEPT = TermExpansion.FUZZY_TERMS_KEPT;

  /** How many passages a hit shows at most, as in the embedded engine. */
  public static final int PASSAGES_PER_HIT = HitCollector.PASSAGES_PER_HIT;

  private final Analyzer literal = new LiteralAnalyzer();
  private final QueryBuilder queries = new QueryBuilder(literal, WordAnalyzer.create());

  /** Loads smartcn's dictionaries now rather than in the first request. */
  public static void warmUp() {
    startWarmUp().join();
  }

  /** Starts loading smartcn's dictionaries on a thread of their own, once per JVM, if not started yet. */
  public static CompletableFuture<Void> startWarmUp() {
    return QueryBuilder.warmUp();
  }

  /** The request (checked when it was made) parsed once, its words left for the backend to expand. */
  public Plan plan(SearchRequest request) {
    QueryBuilder.Text text = queries.text(request, TermExpansion.deferred());
    return new Plan(queries.parse(request, text), text.search());
  }

  /** The query that marks statement text for {@code query}; null when it is null or blank. */
  public Query highlightQuery(String query) {
    SearchRequest request = SearchRequest.of(query);
    return request.browsing() ? null : queries.text(request, TermExpansion.deferred()).highlight();
  }

  /**
   * The passages of each text of a page, in order: the best {@link #PASSAGES_PER_HIT} sentences with the matches of
   * {@code highlight} marked, HTML-escaped (its opening sentence when nothing in it matches), while {@code deadline}
   * leaves time, as the embedded engine does; the rest show their opening sentence unmarked.
   */
  public PagePassages passages(Query highlight, List<String> texts, Deadline deadline) {
    Passages sentences = Passages.sentences(null, literal);
    HighlightBudget budget = new HighlightBudget(deadline);
    List<List<String>> out = new ArrayList<>(texts.size());
    try {
      for (String text : texts) {
        out.add(budget.next(text, () -> sentences.highlightText(highlight, text, PASSAGES_PER_HIT)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("highlighting text in memory failed", e);
    }
    return new PagePassages(out, budget.highlighted());
  }

  /** The paragraphs of a statement for display, matches of {@code highlight} (may be null) marked in each. */
  public List<ParagraphView> paragraphs(Query highlight, List<Paragraph> paragraphs, String text) {
    if (highlight == null) {
      return LuceneSearchService.views(paragraphs, List.of());
    }
    try {
      List<String> whole = Passages.whole(null, literal).highlightText(highlight, text, 1);
      return LuceneSearchService.views(paragraphs, LuceneSearchService.paragraphsOf(whole, paragraphs.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("highlighting a statement in memory failed", e);
    }
  }
}
