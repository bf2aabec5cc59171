package wjw.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import wjw.index.Dimension;
import wjw.index.Dimensions;
import wjw.index.IndexManifest;
import wjw.index.IndexStore;
import wjw.index.IndexTarget;
import wjw.index.OfficialSummary;
import wjw.index.ReindexException;
import wjw.index.SemanticIndexing;
import wjw.index.VectorReport;
import wjw.ingest.model.Article;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Statement;

/**
 * An OpenSearch cluster as a reindex's target. Each generation is a pair of new indices named by it
 * ({@code base-gen-…} for the statements, {@code base-gen-…-catalog} for articles and officials), bulk-loaded
 * ({@link BulkLoader}), refreshed and counted; only when both hold exactly what the reindex read does one
 * {@code _aliases} request move both serving aliases to them — a search sees the old generation or the new one,
 * whole. The old generation is deleted afterwards; a failed build deletes its own indices, and what a killed one
 * left is deleted by the next reindex (or {@code serve}). One reindex at a time: {@link ReindexLease}.
 */
public final class ClusterTarget implements IndexTarget {
  /** How long the switch waits for the new indices' primaries (yellow), and then for their replicas (green). */
  static final String WAIT_FOR_PRIMARIES = "120s";
  static final String WAIT_FOR_REPLICAS = "120s";
  /** A progress line at most this often. */
  static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClusterConnection connection;
  private final OpenSearchClient client;
  private final IndexNames names;
  private final int shards;
  private final int replicas;
  private final Consumer<String> progress;
  private volatile ReindexLease lease;

  /**
   * @param shards primary shards of each new statements index (at least 1)
   * @param replicas copies of each shard on other nodes (0 or more)
   * @param progress receives a progress line now and then (files read, statements loaded)
   */
  public ClusterTarget(ClusterConnection connection, IndexNames names, int shards, int replicas,
      Consumer<String> progress) {
    if (shards < 1) {
      throw new IllegalArgumentException("--shards must be at least 1, got " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("--replicas must be 0 or more, got " + replicas);
    }
    this.connection = connection;
    this.client = connection.client();
    this.names = names;
    this.shards = shards;
    this.replicas = replicas;
    this.progress = progress;
  }

  @Override
  public Closeable lock() throws IOException, ReindexException {
    try {
      ReindexLease taken = ReindexLease.acquire(client, names);
      lease = taken;
      return taken;
    } catch (OpenSearchException e) {
      throw ClusterErrors.asIo("taking the reindex lock", e);
    }
  }

  @Override
  public void removeLeftovers() throws IOException {
    Set<String> live = Set.copyOf(aliasTargets().values().stream().flatMap(List::stream).toList());
    List<String> stale = new ArrayList<>();
    for (String index : generationIndices()) {
      if (!live.contains(index)) {
        stale.add(index);
      }
    }
    if (!stale.isEmpty()) {
      client.indices().delete(d -> d.index(stale).ignoreUnavailable(true));
      progress.accept("removed indices of earlier generations and interrupted reindexes: " + String.join(", ", stale));
    }
  }

  @Override
  public Generation create() throws IOException {
    String generation = IndexStore.newGenerationName();
    String statements = names.statementsOf(generation);
    String catalog = names.catalogOf(generation);
    ObjectNode body = StatementIndex.body(shards, replicas);
    ((ObjectNode) body.get("settings")).put("refresh_interval", "-1"); // loaded once, refreshed once before the switch
    StatementIndex.create(connection, statements, body);
    try {
      StatementIndex.create(connection, catalog, CatalogIndex.body(replicas));
    } catch (IOException | RuntimeException e) {
      client.indices().delete(d -> d.index(statements).ignoreUnavailable(true));
      throw e;
    }
    return new ClusterGeneration(generation, statements, catalog);
  }

  @Override
  public String describe() {
    return connection.settings().url() + " (alias " + names.statements() + ")";
  }

  @Override
  public String describe(String generation) {
    return connection.settings().url() + " index " + names.statementsOf(generation);
  }

  /** Which indices each serving alias points to now (empty lists before the first reindex). */
  Map<String, List<String>> aliasTargets() throws IOException {
    Map<String, List<String>> targets = new TreeMap<>();
    for (String alias : List.of(names.statements(), names.catalog())) {
      List<String> indices = new ArrayList<>();
      if (client.indices().existsAlias(e -> e.name(alias)).value()) {
        client.indices().getAlias(a -> a.name(alias)).result().keySet().forEach(indices::add);
      }
      targets.put(alias, indices);
    }
    return targets;
  }

  /** Every index of every generation of this deployment, live or not. */
  private List<String> generationIndices() throws IOException {
    // the aliases API lists matching indices without their settings and mappings
    return new ArrayList<>(client.indices()
        .getAlias(g -> g.index(names.generationPattern()).ignoreUnavailable(true).allowNoIndices(true))
        .result().keySet());
  }

  /** One generation being loaded. */
  private final class ClusterGeneration implements Generation {
    private final String name;
    private final String statements;
    private final String catalog;
    private final BulkLoader loader = new BulkLoader(client);
    private final Map<String, Set<String>> distinct = new ConcurrentHashMap<>();
    /** Officials folded article by article, as the embedded catalog folds them; written at publish. */
    private final OfficialSummary.Fold officials = new OfficialSummary.Fold();
    private long lastProgress = System.nanoTime();

    ClusterGeneration(String name, String statements, String catalog) {
      this.name = name;
      this.statements = statements;
      this.catalog = catalog;
      for (Dimension d : Dimensions.ALL) {
        distinct.put(d.name(), ConcurrentHashMap.newKeySet());
      }
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void add(Article article, int page) {
      int ordinal = 0;
      for (Statement statement : article.statements()) {
        loader.add(statements, statement.id(), StatementSource.of(statement, article, page, ordinal++));
        for (Dimension d : Dimensions.ALL) { // what sizes the facet aggregations (GenerationMeta)
          distinct.get(d.name()).addAll(d.values(statement));
        }
      }
    }

    @Override
    public void addArticle(ArticleSummary article) {
      loader.add(catalog, CatalogIndex.articleId(article.id()), CatalogIndex.article(article));
      officials.add(article);
    }

    @Override
    public synchronized void filesRead(int done, int total) {
      long now = System.nanoTime();
      if (done < total && now - lastProgress < PROGRESS_EVERY_NANOS) {
        return;
      }
      lastProgress = now;
      BulkLoader.Progress p = loader.progress();
      progress.accept(String.format("%s %,d/%,d files read; %,d documents sent, %,d indexed, %,d resent",
          bar(done, total), done, total, p.added(), p.acknowledged(), p.retried()));
    }

    @Override
    public VectorReport publish(IndexManifest manifest, SemanticIndexing semantic) throws IOException {
      List<OfficialSummary> officials = this.officials.summaries();
      try {
        for (OfficialSummary official : officials) {
          loader.add(catalog, CatalogIndex.officialId(official.name()), CatalogIndex.official(official));
        }
        loader.finish();
        BulkLoader.Progress p = loader.progress();
        progress.accept(String.format("bulk load done: %,d documents indexed, %,d resent", p.acknowledged(), p.retried()));
        client.indices().refresh(r -> r.index(statements, catalog));
        checkCount(statements, null, manifest.statements(), "statements");
        checkCount(catalog, CatalogIndex.ARTICLE, manifest.articles(), "articles");
        checkCount(catalog, CatalogIndex.OFFICIAL, officials.size(), "officials");
        Map<String, Integer> counts = new TreeMap<>();
        distinct.forEach((field, values) -> counts.put(field, values.size()));
        GenerationMeta meta = new GenerationMeta(manifest, counts);
        client.indices().putMapping(m -> m.index(statements)
            .meta(Map.of(GenerationMeta.KEY, JsonData.of(JSON.convertValue(meta, Map.class)))));
        // Deep pages of the article list and the whole list of officials are read with from/size.
        int window = Math.max(10_000, manifest.articles() + officials.size() + wjw.search.RequestLimits.MAX_ARTICLES_PAGE);
        client.indices().putSettings(s -> s.index(catalog).settings(x -> x.maxResultWindow(window)));
        waitForShards();
        lease.checkHeld();
        switchAliases();
        progress.accept("alias " + names.statements() + " now serves " + statements + " (" + manifest.statements()
            + " statements, " + manifest.articles() + " articles)");
        return VectorReport.skipped("an OpenSearch index holds no paragraph vectors: search by meaning is the embedded"
            + " index's");
      } catch (OpenSearchException e) {
        throw ClusterErrors.asIo("publishing generation " + name, e);
      }
    }

    private void checkCount(String index, String kind, long expected, String what) throws IOException {
      long found = client.count(c -> {
        c.index(index);
        if (kind != null) c.query(q -> q.term(t -> t.field(CatalogIndex.KIND).value(v -> v.stringValue(kind))));
        return c;
      }).count();
      if (found != expected) {
        throw new IOException(index + " holds " + found + " " + what + " but the reindex read " + expected
            + "; the alias was not switched");
      }
    }

    /** Primaries first (yellow: every statement searchable); then, if the cluster has the nodes, the replicas. */
    private void waitForShards() throws IOException {
      var primaries = client.cluster().health(h -> h.index(statements, catalog).waitForStatus(HealthStatus.Yellow)
          .timeout(t -> t.time(WAIT_FOR_PRIMARIES)));
      if (primaries.timedOut()) {
        throw new IOException("the new indices' primary shards were not all active after " + WAIT_FOR_PRIMARIES
            + " (cluster " + primaries.status() + "); the alias was not switched");
      }
      if (replicas > 0 && primaries.numberOfDataNodes() > replicas) {
        var all = client.cluster().health(h -> h.index(statements, catalog).waitForStatus(HealthStatus.Green)
            .timeout(t -> t.time(WAIT_FOR_REPLICAS)));
        if (all.timedOut()) {
          progress.accept("replicas of the new indices not all assigned after " + WAIT_FOR_REPLICAS
              + "; switching anyway, the cluster goes on copying them");
        }
      }
    }

    /** One {@code _aliases} request: each alias removed from whatever it pointed to and added to the new index. */
    private void switchAliases() throws IOException {
      Map<String, List<String>> before = aliasTargets();
      List<Action> actions = new ArrayList<>();
      for (Map.Entry<String, String> move : Map.of(names.statements(), statements, names.catalog(), catalog).entrySet()) {
        for (String old : before.get(move.getKey())) {
          actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(move.getKey()))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(move.getValue()).alias(move.getKey()))));
      }
      client.indices().updateAliases(u -> u.actions(actions));
    }

    @Override
    public void discard() throws IOException {
      loader.abandon();
      client.indices().delete(d -> d.index(statements, catalog).ignoreUnavailable(true));
    }

    @Override
    public void close() {
      // nothing held beyond the loader, which publish or discard has closed
    }
  }

  /** {@code [#####.....]}: {@code done} of {@code total}. */
  static String bar(int done, int total) {
    int width = 20;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
  }
}
