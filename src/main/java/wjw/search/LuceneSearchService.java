package wjw.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import wjw.analysis.LiteralAnalyzer;
import wjw.analysis.WordAnalyzer;
import wjw.index.Fields;
import wjw.index.IndexStore;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;
import wjw.semantic.QueryEncoder;

/**
 * {@link SearchService} over the live generation of an index directory. Every request works on
 * one acquired {@link IndexSnapshot}, so its answer comes entirely from one complete index.
 */
public final class LuceneSearchService implements SearchService {
  static {
    IndexSearcher.setMaxClauseCount(RequestLimits.MAX_CLAUSES);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Official>> OFFICIALS = new TypeReference<>() {};
  private static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() {};

  /** How long one search may take before it answers with what it has, marked partial. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

  private final IndexStore store;
  private final Duration timeLimit;
  private final Analyzer literal = new LiteralAnalyzer();
  private final Analyzer words = WordAnalyzer.create();
  private final QueryBuilder queries = new QueryBuilder(literal, words);
  private final AtomicReference<IndexSnapshot> live;
  /**
   * smartcn loads its dictionaries lazily (about a second): load them at start, on a thread of their
   * own, while the index opens and the HTTP server starts; a request arriving earlier waits for it.
   */
  private final CompletableFuture<Void> warmedUp;
  /** False: every search is worked out from the index, none taken from its generation's {@link ResultCache}. */
  private volatile boolean cacheResults = true;
  /** Embeds queries for semantic and hybrid search; null until {@link #useQueryEncoder} gives one. */
  private volatile QueryEncoder queryEncoder;
  /** Gives {@link #queryEncoder} when a live generation first has vectors; null: none to give. */
  private Supplier<? extends QueryEncoder> encoderSource;

  private LuceneSearchService(IndexStore store, IndexSnapshot first, CompletableFuture<Void> warmedUp,
      Duration timeLimit) {
    this.store = store;
    this.timeLimit = timeLimit;
    this.live = new AtomicReference<>(first);
    this.warmedUp = warmedUp;
  }

  /**
   * Opens the live generation of {@code indexDir}; fails with a message saying how to build one, or
   * with a {@link wjw.index.BrokenIndexException} saying what is wrong with the one there.
   */
  public static LuceneSearchService open(Path indexDir) throws IOException {
    return open(indexDir, DEFAULT_TIME_LIMIT);
  }

  /** As {@link #open(Path)}, with a time limit per search (results past it are marked partial). */
  public static LuceneSearchService open(Path indexDir, Duration timeLimit) throws IOException {
    if (timeLimit.isNegative()) {
      throw new IllegalArgumentException("search time limit must not be negative, got " + timeLimit);
    }
    IndexStore store = new IndexStore(indexDir);
    return new LuceneSearchService(store, openLive(store), QueryBuilder.warmUp(), timeLimit);
  }

  /**
   * Opens what CURRENT names. A reindex in another process may publish a new generation and delete
   * this one between reading CURRENT and opening its files: then the new one is opened instead.
   */
  private static IndexSnapshot openLive(IndexStore store) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path generation = store.live().orElseThrow(() -> new IOException(
          "no index in " + store.root() + "; build one with: wjw-search reindex --index " + store.root()));
      try {
        return IndexSnapshot.open(generation);
      } catch (IOException e) {
        if (attempt == 3 || store.current().equals(Optional.of(generation))) {
          throw e;
        }
      }
    }
  }

  /**
   * Lets this service search by meaning with {@code encoder} (typically still loading: semantic
   * requests get a {@link SemanticUnavailableException} until it is ready; literal ones never wait).
   */
  @Override
  public LuceneSearchService useQueryEncoder(QueryEncoder encoder) {
    this.queryEncoder = encoder;
    return this;
  }

  /**
   * Lets this service search by meaning with the encoder {@code source} gives, asked for only once a live generation
   * has paragraph vectors (now, or after a refresh). Loading the model costs seconds of CPU at start and about
   * 100 MiB; an index without vectors (over the size embedded by default, or built with --no-semantic) never needs it.
   */
  @Override
  public synchronized LuceneSearchService useQueryEncoderWhenNeeded(Supplier<? extends QueryEncoder> source) {
    this.encoderSource = source;
    startEncoderIfNeeded();
    return this;
  }

  private synchronized void startEncoderIfNeeded() {
    if (queryEncoder == null && encoderSource != null && live.get().vectors != null) {
      queryEncoder = encoderSource.get();
    }
  }

  /**
   * Makes this service work every search out from the index, none answered from what its generation keeps
   * ({@link ResultCache}), and returns it: what a first search costs, for the bench, and for comparing answers with
   * and without.
   */
  public LuceneSearchService withoutResultCache() {
    this.cacheResults = false;
    return this;
  }

  @Override
  public Duration timeLimit() {
    return timeLimit;
  }

  @Override
  public SearchResult search(SearchRequest request, Deadline deadline) {
    boolean byMeaning = request.mode() != SearchMode.LITERAL && !request.browsing();
    if (byMeaning && queryEncoder == null) {
      SemanticSearch.requireVectors(live.get(), null); // no model started because there is nothing to search by meaning
    }
    QueryEncoder encoder = byMeaning ? SemanticSearch.ready(request, queryEncoder) : null; // a refusal costs nothing
    warmedUp.join();
    IndexSnapshot snapshot = acquire();
    try {
      if (byMeaning) {
        SemanticSearch.requireVectors(snapshot, encoder);
        float[] vector = encoder.embedQuery(request.query()); // once per request
        return new SemanticSearch(snapshot, queries).search(request, vector, deadline);
      }
      return new HitCollector(snapshot, cacheResults ? snapshot.results : ResultCache.NONE)
          .collect(parse(request, snapshot, deadline), deadline);
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index failed", e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public Optional<StatementView> statement(String id, String query, Deadline deadline) {
    SearchRequest request = SearchRequest.of(query);
    IndexSnapshot snapshot = acquire();
    try {
      Query highlight = request.browsing() ? null : parse(request, snapshot, deadline).highlight();
      TopDocs top = snapshot.searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int docId = top.scoreDocs[0].doc;
      Document doc = snapshot.searcher.storedFields().document(docId);
      List<Paragraph> paragraphs = JSON.readValue(doc.get(Fields.PARAGRAPHS_JSON), PARAGRAPHS);
      List<String> html = highlight == null ? List.of()
          : paragraphsOf(Passages.whole(snapshot.searcher, literal).highlight(highlight, new int[] {docId}, 1).get(0),
              paragraphs.size());
      return Optional.of(new StatementView(id, yearOf(doc), doc.get(Fields.PROVINCE), doc.get(Fields.ORGANIZATION),
          officials(doc), articleRef(doc), doc.get(Fields.TEXT), views(paragraphs, html)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading statement " + id + " failed", e);
    } finally {
      release(snapshot);
    }
  }

  /** The whole text's highlighted passage split back into paragraphs; empty if there is none or the split does not line up. */
  static List<String> paragraphsOf(List<String> wholeText, int paragraphs) {
    if (wholeText.isEmpty()) {
      return List.of();
    }
    List<String> split = List.of(wholeText.get(0).split(Pattern.quote(Statement.PARAGRAPH_SEPARATOR), -1));
    return split.size() == paragraphs ? split : List.of();
  }

  /** The paragraphs for display, each with its highlighted {@code html} or, when there is none, its escaped text. */
  static List<ParagraphView> views(List<Paragraph> paragraphs, List<String> html) {
    List<ParagraphView> views = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      views.add(new ParagraphView(p.text(), p.lines(), html.isEmpty() ? Html.escape(p.text()) : html.get(i),
          p.attribution(), p.role()));
    }
    return views;
  }

  @Override
  public long export(SearchRequest request, ExportSink sink, Deadline deadline) throws IOException {
    if (request.mode() != SearchMode.LITERAL) {
      throw new QueryRejectedException("mode", "an export lists every literal match; semantic and hybrid rank a"
          + " candidate set, not every match, so only mode=literal can be exported");
    }
    warmedUp.join();
    IndexSnapshot snapshot = acquire();
    try {
      return new HitExporter(snapshot, deadline).export(parse(request, snapshot, deadline), sink);
    } finally {
      release(snapshot);
    }
  }

  /** The request's query parsed and translated once, against {@code snapshot}'s terms. */
  private ParsedQuery parse(SearchRequest request, IndexSnapshot snapshot, Deadline deadline) {
    return queries.parse(request, new TermExpansion(snapshot.reader, deadline));
  }

  /**
   * The request as it would be searched now: its clauses, the Lucene queries that search and highlight, the marks;
   * for {@code search --explain}, and for reading how a query is understood.
   */
  @Override
  public ParsedQuery explain(SearchRequest request) {
    warmedUp.join();
    IndexSnapshot snapshot = acquire();
    try {
      return parse(request, snapshot, Deadline.after(timeLimit));
    } finally {
      release(snapshot);
    }
  }

  @Override
  public Optional<SimilarStatements> similar(String id, Integer paragraph, int size, Deadline deadline) {
    RequestLimits.checkSimilarSize(size);
    warmedUp.join();
    IndexSnapshot snapshot = acquire();
    try {
      return new SimilarFinder(snapshot, literal, words, deadline).find(id, paragraph, size);
    } catch (IOException e) {
      throw new UncheckedIOException("finding statements similar to " + id + " failed", e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, int size) {
    RequestLimits.checkSuggest(prefix, size);
    IndexSnapshot snapshot = acquire();
    try {
      return snapshot.suggester().suggest(prefix.strip(), size);
    } catch (IOException e) {
      throw new UncheckedIOException("looking up suggestions for " + prefix + " failed", e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public ArticlePage articles(int from, int size) {
    RequestLimits.checkArticlePage(from, size);
    IndexSnapshot snapshot = acquire();
    try {
      List<ArticleSummary> page = snapshot.catalog.list(from, size);
      return new ArticlePage(snapshot.catalog.size(), from, page);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the article list failed", e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public Optional<ArticleSummary> article(String id) {
    IndexSnapshot snapshot = acquire();
    try {
      return snapshot.catalog.article(id);
    } catch (IOException e) {
      throw new UncheckedIOException("reading article " + id + " failed", e);
    } finally {
      release(snapshot);
    }
  }

  @Override
  public List<OfficialView> officials() {
    IndexSnapshot snapshot = acquire();
    try {
      return snapshot.catalog.officials().stream().map(OfficialView::of).toList();
    } finally {
      release(snapshot);
    }
  }

  @Override
  public IndexInfo info() {
    IndexSnapshot snapshot = acquire();
    try {
      var m = snapshot.manifest;
      return new IndexInfo(m.version(), m.builtAt(), m.articles(), m.statements(),
          SemanticSearch.info(snapshot, queryEncoder));
    } finally {
      release(snapshot);
    }
  }

  @Override
  public synchronized void refresh() {
    Optional<Path> generation = store.current();
    IndexSnapshot old = live.get();
    if (generation.isEmpty() || generation.get().equals(old.generation)) {
      return;
    }
    try {
      live.set(IndexSnapshot.open(generation.get()));
      old.release(); // the service's own reference; requests still holding it finish first
      startEncoderIfNeeded();
    } catch (IOException e) {
      throw new UncheckedIOException("opening index generation " + generation.get() + " failed", e);
    }
  }

  /** Where the service reads from, for messages. */
  @Override
  public String toString() {
    return "embedded index at " + store.root();
  }

  @Override
  public synchronized void close() throws IOException {
    live.get().release();
  }

  private IndexSnapshot acquire() {
    while (true) {
      IndexSnapshot snapshot = live.get();
      if (snapshot.tryAcquire()) {
        return snapshot;
      }
      // a refresh closed it between get() and tryAcquire(): the next get() sees the new one
      if (live.get() == snapshot) {
        throw new IllegalStateException("the search service is closed");
      }
    }
  }

  private static void release(IndexSnapshot snapshot) {
    try {
      snapshot.release();
    } catch (IOException e) {
      throw new UncheckedIOException("closing an old index generation failed", e);
    }
  }

  static Integer yearOf(Document doc) {
    var field = doc.getField(Fields.YEAR);
    return field == null ? null : field.numericValue().intValue();
  }

  static List<Paragraph> paragraphs(Document doc) throws IOException {
    return JSON.readValue(doc.get(Fields.PARAGRAPHS_JSON), PARAGRAPHS);
  }

  static List<Official> officials(Document doc) throws IOException {
    return JSON.readValue(doc.get(Fields.OFFICIALS_JSON), OFFICIALS);
  }

  /** The article a statement belongs to, from the statement's own stored fields (no catalog lookup). */
  static ArticleRef articleRef(Document doc) {
    return new ArticleRef(doc.get(Fields.ARTICLE_ID), doc.get(Fields.HEADLINE), yearOf(doc));
  }
}
