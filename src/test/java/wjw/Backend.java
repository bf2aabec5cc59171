package wjw;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import wjw.index.IndexTarget;
import wjw.index.ReindexException;
import wjw.index.ReindexReport;
import wjw.index.Reindexer;
import wjw.ingest.decode.ArticleDecoder;
import wjw.opensearch.ClusterConnection;
import wjw.opensearch.ClusterTarget;
import wjw.opensearch.IndexNames;
import wjw.opensearch.OpenSearchService;
import wjw.opensearch.TestCluster;
import wjw.search.LuceneSearchService;
import wjw.search.SearchService;

/**
 * The two search backends the suites run against: the embedded Lucene index in a folder, and the test
 * OpenSearch cluster ({@link TestCluster}: skipped without one, except in CI), each built from a folder of
 * pages by the real reindex and served by the real search service.
 */
public enum Backend {
  EMBEDDED,
  OPENSEARCH;

  /** Shards of a test index in the cluster: more than one, so facet counts merged across shards are tested. */
  public static final int TEST_SHARDS = 2;

  /** {@code seeds} indexed into a new index of this backend (scratch space under {@code work}), and its service. */
  public Built build(Path seeds, Path work) throws IOException, ReindexException {
    return build(seeds, work, LuceneSearchService.DEFAULT_TIME_LIMIT);
  }

  public Built build(Path seeds, Path work, Duration timeLimit) throws IOException, ReindexException {
    return switch (this) {
      case EMBEDDED -> {
        Path index = work.resolve("index");
        IndexTarget target = IndexTarget.folder(index);
        Built built = new Built(seeds, target, null, null);
        built.reindex(false);
        built.service = LuceneSearchService.open(index, timeLimit);
        yield built;
      }
      case OPENSEARCH -> {
        ClusterConnection loading = TestCluster.connect();
        IndexNames names = new IndexNames(TestCluster.uniqueIndex("suite"));
        Built built = new Built(seeds, new ClusterTarget(loading, names, TEST_SHARDS, 0, line -> {}), loading, names);
        try {
          built.reindex(false);
          built.service = OpenSearchService.open(ClusterConnection.open(loading.settings()), names, timeLimit);
        } catch (IOException | ReindexException | RuntimeException e) {
          built.close();
          throw e;
        }
        yield built;
      }
    };
  }

  /** A built index: its service, a reindex from the same folder, and clean-up (the cluster's indices are deleted). */
  public static final class Built implements AutoCloseable {
    private final Path seeds;
    private final IndexTarget target;
    private final ClusterConnection cluster;
    private final IndexNames names;
    private SearchService service;

    private Built(Path seeds, IndexTarget target, ClusterConnection cluster, IndexNames names) {
      this.seeds = seeds;
      this.target = target;
      this.cluster = cluster;
      this.names = names;
    }

    public SearchService service() {
      return service;
    }

    /** Reindexes the folder (bad files skipped) and lets the service see the new generation. */
    public ReindexReport reindex() throws ReindexException {
      ReindexReport report = reindex(true);
      service.refresh();
      return report;
    }

    private ReindexReport reindex(boolean skipBad) throws ReindexException {
      return new Reindexer(seeds, target, ArticleDecoder.DEFAULT_MAX_BYTES).run(skipBad);
    }

    /** The cluster index names of an OpenSearch index (null for the embedded one). */
    public IndexNames names() {
      return names;
    }

    @Override
    public void close() throws IOException {
      try {
        if (service != null) {
          service.close();
        }
      } finally {
        if (cluster != null) {
          TestCluster.deleteIndex(cluster, names.base() + "-*");
          TestCluster.close(cluster);
        }
      }
    }
  }
}
