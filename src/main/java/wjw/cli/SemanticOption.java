package wjw.cli;

import picocli.CommandLine.Option;
import wjw.index.Reindexer;
import wjw.index.SemanticIndexing;
import wjw.semantic.Embedder;

/**
 * {@code --semantic} / {@code --no-semantic}, shared by the commands that may build the index
 * (reindex, serve, search): whether paragraphs are embedded for search by meaning. Unsaid, a corpus
 * of up to {@value SemanticIndexing#AUTO_MAX_PARAGRAPHS} paragraphs is embedded.
 */
final class SemanticOption {
  @Option(names = "--semantic", negatable = true,
      description = "embed every paragraph when indexing, for mode=semantic|hybrid (--no-semantic: never; default:"
          + " when the corpus has at most " + SemanticIndexing.AUTO_MAX_PARAGRAPHS + " paragraphs; vectors of"
          + " unchanged paragraphs are kept in <index>/embeddings.cache)")
  Boolean semantic;

  SemanticIndexing.Choice choice() {
    return semantic == null ? SemanticIndexing.Choice.AUTO
        : semantic ? SemanticIndexing.Choice.ON : SemanticIndexing.Choice.OFF;
  }

  boolean off() {
    return choice() == SemanticIndexing.Choice.OFF;
  }

  /** {@code reindexer} embedding as these options say, with the process's model. */
  Reindexer apply(Reindexer reindexer) {
    return reindexer.withSemantic(new SemanticIndexing(choice(), Model::embedder));
  }

  /**
   * The process's one embedding model: loaded once, on a background thread, by the first who asks. A process that
   * exits while the model is still loading (a refused index, Ctrl-C at start) first waits for the load to end:
   * ONNX Runtime aborts the JVM (exit 134) if its session is being created while the JVM shuts down.
   */
  static final class Model {
    /** Longest wait at exit for a load in progress: loading took 1.9–3.3 s here (docs/semantic.md). */
    static final java.time.Duration SETTLE_AT_EXIT = java.time.Duration.ofSeconds(30);
    private static Embedder embedder;

    private Model() {}

    static synchronized Embedder embedder() {
      if (embedder == null) {
        Embedder started = Embedder.startLoading();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.awaitSettled(SETTLE_AT_EXIT),
            "wjw-model-settle"));
        embedder = started;
      }
      return embedder;
    }
  }
}
