package wjw.opensearch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import wjw.index.Fields;
import wjw.index.IndexManifest;
import wjw.index.OfficialSummary;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.search.ArticlePage;
import wjw.search.ArticleRef;
import wjw.search.BackendStatus;
import wjw.search.BackendUnavailableException;
import wjw.search.Deadline;
import wjw.search.ParsedQuery;
import wjw.search.IndexInfo;
import wjw.search.OfficialView;
import wjw.search.QueryPlanner;
import wjw.search.RequestLimits;
import wjw.search.SearchResult;
import wjw.search.SearchMode;
import wjw.search.SearchService;
import wjw.search.StatementView;

/**
 * {@link SearchService} over an OpenSearch cluster, with the embedded engine's JSON contract: the request is
 * parsed by the same {@link QueryPlanner} and translated once ({@link QueryTranslator}); the cluster finds the
 * hits with an exact total ({@code track_total_hits}) and exact facet counts ({@link FacetAggregations}), ranked
 * by score then page order as the embedded index ranks them (scored with the whole generation's statistics unless
 * {@link Scoring} says otherwise); the page's texts are highlighted here with the
 * embedded highlighter, so passages and marks are the same. Every request names the serving alias, never an
 * index, so a reindex's switch is seen by the next request, and each request reads one generation whole.
 * A cluster that cannot answer is a {@link BackendUnavailableException}. Thread-safe.
 *
 * <p>Not offered here (answered 501): export, similar statements and suggestions, which read the embedded
 * index's term statistics and suggester directly.
 */
public final class OpenSearchService implements SearchService {
  /** What a hit needs from its document: everything but the paragraphs (only the statement view shows them). */
  static final List<String> HIT_FIELDS = List.of(Fields.ID, Fields.ARTICLE_ID, Fields.HEADLINE, Fields.YEAR,
      Fields.PROVINCE, Fields.ORGANIZATION, Fields.OFFICIALS_JSON, Fields.TEXT);
  /** How often a request waiting for the cluster looks whether its client has gone. */
  private static final long POLL_MILLIS = 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Official>> OFFICIALS = new TypeReference<>() {};
  private static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() {};

  /** The generation the alias pointed to when last looked at, and what it says of itself. */
  private record Known(String index, GenerationMeta meta) {}

  private final ClusterConnection connection;
  private final OpenSearchAsyncClient client;
  private final IndexNames names;
  private final Duration timeLimit;
  private final Scoring scoring;
  private final String where;
  private final QueryPlanner planner = new QueryPlanner();
  private final AtomicReference<Known> known = new AtomicReference<>();

  private OpenSearchService(ClusterConnection connection, IndexNames names, Duration timeLimit, Scoring scoring) {
    this.connection = connection;
    this.client = new OpenSearchAsyncClient(connection.client()._transport());
    this.names = names;
    this.timeLimit = timeLimit;
    this.scoring = scoring;
    this.where = connection.settings().url().toString();
  }

  /**
   * Serves {@code names}' live generation from the cluster behind {@code connection} (which it closes when closed),
   * after the start-up checks ({@link ClusterCheck}); fails in one line when the cluster cannot serve or holds no
   * generation yet ({@link #hasIndex} tells the two apart).
   */
  public static OpenSearchService open(ClusterConnection connection, IndexNames names, Duration timeLimit)
      throws OpenSearchUnavailableException {
    return open(connection, names, timeLimit, Scoring.GLOBAL);
  }

  /** As {@link #open(ClusterConnection, IndexNames, Duration)}, scoring as {@code scoring} says. */
  public static OpenSearchService open(ClusterConnection connection, IndexNames names, Duration timeLimit,
      Scoring scoring) throws OpenSearchUnavailableException {
    if (timeLimit.isNegative()) {
      throw new IllegalArgumentException("search time limit must not be negative, got " + timeLimit);
    }
    ClusterCheck.verify(connection);
    if (!hasIndex(connection, names)) {
      throw new OpenSearchUnavailableException("OpenSearch at " + connection.settings().url() + " has no index "
          + names.statements() + " yet; build one with: wjw-search reindex --opensearch " + connection.settings().url());
    }
    OpenSearchService service = new OpenSearchService(connection, names, timeLimit, scoring);
    QueryPlanner.warmUp();
    service.info();
    return service;
  }

  /** True when the cluster has a live generation for {@code names} (both serving aliases exist). */
  public static boolean hasIndex(ClusterConnection connection, IndexNames names) throws OpenSearchUnavailableException {
    try {
      var indices = connection.client().indices();
      return indices.existsAlias(e -> e.name(names.statements())).value()
          && indices.existsAlias(e -> e.name(names.catalog())).value();
    } catch (IOException | RuntimeException e) {
      throw new OpenSearchUnavailableException(ClusterErrors.of("looking for the index", connection.settings().url()
          .toString(), e).getMessage(), e);
    }
  }

  @Override
  public Duration timeLimit() {
    return timeLimit;
  }

  @Override
  public SearchResult search(wjw.search.SearchRequest request, Deadline deadline) {
    if (request.mode() != SearchMode.LITERAL && !request.browsing()) {
      throw new UnsupportedOperationException("search by meaning (mode=" + request.mode().name().toLowerCase(
          java.util.Locale.ROOT) + ") is not available from the OpenSearch backend: it reads the embedded index's"
          + " paragraph vectors; use mode=literal");
    }
    QueryPlanner.Plan plan = planner.plan(request);
    ParsedQuery parsed = plan.parsed();
    Query query = QueryTranslator.translate(plan.clauses(), request.filters());
    Known generation = known();
    SearchResponse<ObjectNode> response = await(client(c -> c.search(searchRequest(parsed, query,
        generation.meta(), deadline), ObjectNode.class)), deadline, "searching");
    Optional<FacetAggregations.Counts> counts = FacetAggregations.read(response.aggregations(), generation.meta(),
        request.trends());
    if (counts.isEmpty()) {
      // sized for a generation with fewer distinct values: the alias has moved since; size for the new one
      Known moved = reload();
      response = await(client(c -> c.search(searchRequest(parsed, query, moved.meta(), deadline),
          ObjectNode.class)), deadline, "searching");
      counts = FacetAggregations.read(response.aggregations(), moved.meta(), request.trends());
      if (counts.isEmpty()) {
        throw new BackendUnavailableException("OpenSearch at " + where + " returned facet counts that may be"
            + " inexact (a shard left values out) twice; try again", null);
      }
    }
    if (response.shards().failed() > 0) { // allow_partial_search_results=false should make this impossible
      throw new BackendUnavailableException("OpenSearch at " + where + ": " + response.shards().failed()
          + " of " + response.shards().total() + " shards failed; no partial answer is given", null);
    }
    List<Hit<ObjectNode>> page = response.hits().hits();
    if (!page.isEmpty() && !page.get(0).index().equals(generation.index())) {
      reload(); // the next search sizes its facets for the generation now served
    }
    List<String> texts = page.stream().map(h -> text(h.source(), Fields.TEXT)).toList();
    QueryPlanner.PagePassages passages = planner.passages(parsed.highlight(), texts, deadline);
    List<wjw.search.Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Hit<ObjectNode> hit = page.get(i);
      ObjectNode source = hit.source();
      Integer year = year(source);
      float score = !parsed.ranked() || hit.score() == null ? 0f : hit.score().floatValue();
      hits.add(new wjw.search.Hit(text(source, Fields.ID), score, year, text(source, Fields.PROVINCE),
          text(source, Fields.ORGANIZATION), officials(source),
          new ArticleRef(text(source, Fields.ARTICLE_ID), text(source, Fields.HEADLINE), year),
          passages.passages().get(i)));
    }
    String cut = Boolean.TRUE.equals(response.timedOut()) ? deadline.cutWhileCollecting()
        : passages.highlighted() < page.size() ? deadline.cutWhileHighlighting(request.from() + passages.highlighted() + 1)
        : null;
    long total = response.hits().total() == null ? page.size() : response.hits().total().value();
    return new SearchResult(request.query(), total, deadline.elapsedMillis(), request.from(), request.size(), hits,
        counts.get().facets(), cut != null, cut, parsed.ignored(), counts.get().trends());
  }

  /** How the request would be searched: its clauses and queries, fuzzy and wildcard words left for the cluster. */
  @Override
  public ParsedQuery explain(wjw.search.SearchRequest request) {
    return planner.plan(request).parsed();
  }

  private SearchRequest searchRequest(ParsedQuery parsed, Query query, GenerationMeta meta, Deadline deadline) {
    wjw.search.SearchRequest request = parsed.request();
    List<SortOptions> sort = new ArrayList<>();
    if (parsed.ranked()) {
      sort.add(SortOptions.of(s -> s.score(x -> x.order(SortOrder.Desc))));
    }
    // page and reading order (newest year first) breaks ties, and orders the rest: as the embedded index
    sort.add(SortOptions.of(s -> s.field(f -> f.field(Fields.RANK).order(SortOrder.Asc))));
    return SearchRequest.of(s -> s.index(names.statements())
        .query(query)
        .from(request.from())
        .size(request.size())
        .trackTotalHits(t -> t.enabled(true))
        .trackScores(parsed.ranked())
        .sort(sort)
        .aggregations(FacetAggregations.of(meta, request.trends()))
        .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
        .timeout(deadline.collectingMillisLeft() + "ms")
        .searchType(scoring.searchType())
        .allowPartialSearchResults(false));
  }

  @Override
  public Optional<StatementView> statement(String id, String query, Deadline deadline) {
    org.apache.lucene.search.Query highlight = planner.highlightQuery(query);
    var response = await(client(c -> c.get(g -> g.index(names.statements()).id(id), ObjectNode.class)), deadline,
        "reading statement " + id);
    if (!response.found() || response.source() == null) {
      return Optional.empty();
    }
    ObjectNode source = response.source();
    List<Paragraph> paragraphs = JSON.convertValue(source.get(Fields.PARAGRAPHS_JSON), PARAGRAPHS);
    String text = text(source, Fields.TEXT);
    Integer year = year(source);
    return Optional.of(new StatementView(text(source, Fields.ID), year, text(source, Fields.PROVINCE),
        text(source, Fields.ORGANIZATION), officials(source),
        new ArticleRef(text(source, Fields.ARTICLE_ID), text(source, Fields.HEADLINE), year), text,
        planner.paragraphs(highlight, paragraphs, text)));
  }

  @Override
  public ArticlePage articles(int from, int size) {
    RequestLimits.checkArticlePage(from, size);
    Deadline deadline = Deadline.after(timeLimit);
    Query articles = Query.of(q -> q.term(t -> t.field(CatalogIndex.KIND).value(v -> v.stringValue(CatalogIndex.ARTICLE))));
    if ((long) from + size > FacetAggregations.UNKNOWN_DISTINCT) {
      // past the end there is nothing to read; and a page past the catalog's result window would be refused
      long total = await(client(c -> c.count(n -> n.index(names.catalog()).query(articles))), deadline, "counting articles")
          .count();
      if (from >= total) {
        return new ArticlePage((int) total, from, List.of());
      }
    }
    var response = await(client(c -> c.search(s -> s.index(names.catalog()).query(articles).from(from).size(size)
        .trackTotalHits(t -> t.enabled(true))
        .sort(o -> o.field(f -> f.field(CatalogIndex.LIST_ORDER).order(SortOrder.Asc))), ObjectNode.class)),
        deadline, "listing articles");
    List<ArticleSummary> page = response.hits().hits().stream()
        .map(h -> JSON.convertValue(h.source().get(CatalogIndex.RECORD), ArticleSummary.class))
        .toList();
    return new ArticlePage((int) response.hits().total().value(), from, page);
  }

  @Override
  public Optional<ArticleSummary> article(String id) {
    var response = await(client(c -> c.get(g -> g.index(names.catalog()).id(CatalogIndex.articleId(id)),
        ObjectNode.class)), Deadline.after(timeLimit), "reading article " + id);
    if (!response.found() || response.source() == null) {
      return Optional.empty();
    }
    return Optional.of(JSON.convertValue(response.source().get(CatalogIndex.RECORD), ArticleSummary.class));
  }

  @Override
  public List<OfficialView> officials() {
    Deadline deadline = Deadline.after(timeLimit);
    Query officials = Query.of(q -> q.term(t -> t.field(CatalogIndex.KIND).value(v -> v.stringValue(CatalogIndex.OFFICIAL))));
    long count = await(client(c -> c.count(n -> n.index(names.catalog()).query(officials))), deadline,
        "counting officials").count();
    if (count == 0) {
      return List.of();
    }
    var response = await(client(c -> c.search(s -> s.index(names.catalog()).query(officials).size((int) count),
        ObjectNode.class)), deadline, "listing officials");
    return response.hits().hits().stream()
        .map(h -> JSON.convertValue(h.source().get(CatalogIndex.RECORD), OfficialSummary.class))
        .sorted(Comparator.comparing(OfficialSummary::name)) // as the embedded catalog lists them
        .map(OfficialView::of)
        .toList();
  }

  @Override
  public IndexInfo info() {
    IndexManifest m = reload().meta().manifest();
    return new IndexInfo(m.version(), m.builtAt(), m.articles(), m.statements());
  }

  @Override
  public BackendStatus backend() {
    var health = await(client(c -> c.cluster().health()), Deadline.after(timeLimit), "reading the cluster health");
    if (health.status() == HealthStatus.Red) {
      throw new BackendUnavailableException("OpenSearch cluster '" + health.clusterName() + "' at " + where
          + " is red: some primary shards are unassigned, so searches would miss statements", null);
    }
    return new BackendStatus("opensearch", health.clusterName(), health.status().jsonValue());
  }

  /** The alias is read by every request, so a switch needs no refresh; this only forgets the cached description. */
  @Override
  public void refresh() {
    known.set(null);
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }

  private Known known() {
    Known k = known.get();
    return k != null ? k : reload();
  }

  /** Reads which index the alias points to and what its mapping's {@code _meta} says of it. */
  private Known reload() {
    var mapping = await(client(c -> c.indices().getMapping(m -> m.index(names.statements()))),
        Deadline.after(timeLimit), "reading the index description");
    if (mapping.result().size() != 1) {
      throw new BackendUnavailableException("OpenSearch at " + where + ": alias " + names.statements()
          + " points to " + mapping.result().size() + " indices, not one: " + mapping.result().keySet(), null);
    }
    Map.Entry<String, ?> entry = mapping.result().entrySet().iterator().next();
    var meta = mapping.result().get(entry.getKey()).mappings().meta();
    if (meta == null || !meta.containsKey(GenerationMeta.KEY)) {
      throw new BackendUnavailableException("OpenSearch at " + where + ": index " + entry.getKey()
          + " has no wjw-search description in its mapping's _meta (not built by wjw-search reindex?)", null);
    }
    GenerationMeta described = JSON.convertValue(meta.get(GenerationMeta.KEY).to(JsonNode.class), GenerationMeta.class);
    Known k = new Known(entry.getKey(), described);
    known.set(k);
    return k;
  }

  /** A request of the async client, its I/O failure turned into a failed future. */
  @FunctionalInterface
  private interface Call<T> {
    CompletableFuture<T> send(OpenSearchAsyncClient client) throws IOException;
  }

  private <T> CompletableFuture<T> client(Call<T> call) {
    try {
      return call.send(client);
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The cluster's answer, waited for while the request's deadline runs: a client gone or a deadline passed without
   * an answer stops the wait ({@link wjw.search.SearchStoppedException}); a failure is mapped by {@link ClusterErrors}.
   */
  private <T> T await(CompletableFuture<T> answer, Deadline deadline, String doing) {
    try {
      while (true) {
        try {
          return answer.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillWaiting) {
          deadline.check("waiting for OpenSearch (" + doing + ")");
        }
      }
    } catch (ExecutionException e) {
      throw ClusterErrors.of(doing, where, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendUnavailableException("interrupted while waiting for OpenSearch (" + doing + ")", e);
    } finally {
      if (!answer.isDone()) {
        answer.cancel(true);
      }
    }
  }

  private static String text(ObjectNode source, String field) {
    JsonNode value = source == null ? null : source.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Integer year(ObjectNode source) {
    JsonNode value = source.get(Fields.YEAR);
    return value == null || value.isNull() ? null : value.asInt();
  }

  private static List<Official> officials(ObjectNode source) {
    JsonNode value = source.get(Fields.OFFICIALS_JSON);
    return value == null ? List.of() : JSON.convertValue(value, OFFICIALS);
  }

  /** Where the service reads from, for messages. */
  @Override
  public String toString() {
    return "OpenSearch at " + where + " (alias " + names.statements() + ")";
  }
}
