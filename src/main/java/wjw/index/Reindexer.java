package wjw.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import wjw.ingest.Article;
import wjw.ingest.ArticleDecoder;
import wjw.ingest.BadArticleException;
import wjw.ingest.Corrections;
import wjw.ingest.CorrectionsException;
import wjw.ingest.DecodedText;
import wjw.ingest.Segmenter;
import wjw.ingest.Statement;

/**
 * Builds a new index generation from a folder of article files and makes it live only when
 * complete; a bad file either fails the whole reindex (old index untouched) or, with skipBad, is
 * reported and left out. Curator corrections ({@code corrections.json} beside the articles) are applied
 * after segmentation; a malformed file fails the reindex before anything is built. One reindex per
 * index directory at a time, across processes.
 */
public final class Reindexer {
  /** Indexing buffer: large enough for few flushes, small enough for the 1 GB heap target. */
  private static final double RAM_BUFFER_MB = 128;

  /** At most this many failed files are named in the message of a failed reindex; the report names them all. */
  private static final int NAMED_FAILURES = 5;

  private final Path seeds;
  private final IndexStore store;
  private final long maxFileBytes;

  /** A reindexer rejecting article files over {@link ArticleDecoder#DEFAULT_MAX_BYTES}. */
  public Reindexer(Path seedsDir, Path indexDir) {
    this(seedsDir, indexDir, ArticleDecoder.DEFAULT_MAX_BYTES);
  }

  /** A reindexer rejecting article files over {@code maxFileBytes}. */
  public Reindexer(Path seedsDir, Path indexDir, long maxFileBytes) {
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be at least 1, got " + maxFileBytes);
    }
    this.seeds = seedsDir;
    this.store = new IndexStore(indexDir);
    this.maxFileBytes = maxFileBytes;
  }

  /** True when {@code indexDir} holds a complete live generation. */
  public static boolean hasIndex(Path indexDir) {
    return new IndexStore(indexDir).hasIndex();
  }

  public ReindexReport run(boolean skipBad) throws ReindexException {
    long started = System.nanoTime();
    List<Path> files = articleFiles();
    Corrections corrections = loadCorrections();
    try {
      Files.createDirectories(store.root());
    } catch (IOException e) {
      throw new ReindexException("cannot create index folder " + store.root() + ": " + e.getMessage(), null);
    }
    try (FileChannel channel = FileChannel.open(store.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      return build(files, corrections, skipBad, started);
    } catch (IOException e) {
      throw new ReindexException("reindex failed, previous index kept: " + e.getMessage(), null);
    }
  }

  private Corrections loadCorrections() throws ReindexException {
    Path file = seeds.resolve(Corrections.FILE_NAME);
    if (!Files.exists(file)) {
      return Corrections.none();
    }
    try {
      return Corrections.load(file);
    } catch (CorrectionsException e) {
      throw new ReindexException(e.getMessage() + "; previous index kept", null);
    }
  }

  private ReindexReport build(List<Path> files, Corrections corrections, boolean skipBad, long started)
      throws IOException, ReindexException {
    store.deleteStaleGenerations(); // leftovers of builds killed earlier
    Path generation = store.newGeneration();
    boolean published = false;
    try {
      List<FileReport> reports = new ArrayList<>();
      List<CatalogArticle> catalog = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      int statements = 0;
      IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(RAM_BUFFER_MB);
      try (FSDirectory dir = FSDirectory.open(generation); IndexWriter writer = new IndexWriter(dir, config)) {
        for (Indexed indexed : indexAll(files, corrections, writer)) {
          reports.add(indexed.report());
          statements += indexed.report().statements();
          warnings.addAll(indexed.warnings());
          if (indexed.catalog() != null) {
            catalog.add(indexed.catalog());
          }
        }
        // Only now is it known which articles exist, so a correction naming none can be reported.
        warnings.addAll(corrections.unmatchedArticles(catalog.stream().map(CatalogArticle::id).toList()));
        List<FileReport> failed = reports.stream().filter(r -> r.status().equals("failed")).toList();
        if (!failed.isEmpty() && !skipBad) {
          writer.rollback();
          throw new ReindexException(failed.size() + " of " + files.size() + " files failed (" + describe(failed)
              + "); previous index kept. Use --skip-bad to index the others.",
              report(reports, catalog.size(), statements, started, false, null, warnings));
        }
        writer.commit();
      }
      String version = generation.getFileName().toString();
      store.publish(generation, catalog,
          new IndexManifest(version, Instant.now().toString(), catalog.size(), statements));
      published = true;
      store.deleteStaleGenerations();
      return report(reports, catalog.size(), statements, started, true, version, warnings);
    } finally {
      if (!published) {
        IndexStore.deleteRecursively(generation);
      }
    }
  }

  private static String describe(List<FileReport> failed) {
    StringBuilder s = new StringBuilder();
    for (FileReport f : failed.subList(0, Math.min(NAMED_FAILURES, failed.size()))) {
      s.append(s.isEmpty() ? "" : "; ").append(f.file()).append(": ").append(f.reason());
    }
    if (failed.size() > NAMED_FAILURES) {
      s.append("; and ").append(failed.size() - NAMED_FAILURES).append(" more");
    }
    return s.toString();
  }

  /** What reading one file gave: its report line, its catalog entry (null if it failed) and correction warnings. */
  private record Indexed(FileReport report, CatalogArticle catalog, List<String> warnings) {}

  /**
   * Reads, segments and indexes the files on every core (IndexWriter takes documents from several
   * threads), returning the outcomes in file order so reports and the catalog read the same every time.
   */
  private List<Indexed> indexAll(List<Path> files, Corrections corrections, IndexWriter writer)
      throws IOException {
    Segmenter segmenter = new Segmenter(); // stateless between calls: one for all threads
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "wjw-reindex");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Indexed>> pending = new ArrayList<>(files.size());
      for (Path file : files) {
        pending.add(pool.submit(() -> indexFile(file, segmenter, corrections, writer)));
      }
      List<Indexed> done = new ArrayList<>(files.size());
      for (Future<Indexed> f : pending) {
        done.add(f.get());
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("indexing a file failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Indexed indexFile(Path file, Segmenter segmenter, Corrections corrections, IndexWriter writer)
      throws IOException {
    String name = file.getFileName().toString();
    DecodedText decoded;
    try {
      decoded = ArticleDecoder.decode(file, maxFileBytes);
    } catch (BadArticleException e) {
      return new Indexed(new FileReport(name, "failed", 0, null, e.reason()), null, List.of());
    }
    Corrections.Applied applied = corrections.apply(segmenter.segment(name, decoded.text()));
    Article article = applied.article();
    int ordinal = 0;
    for (Statement statement : article.statements()) {
      writer.addDocument(StatementDocument.of(statement, article, ordinal++));
    }
    boolean anonymous = article.statements().stream().allMatch(s -> s.officials().isEmpty());
    FileReport report = new FileReport(name, anonymous ? "no-headers" : "ok", article.statements().size(),
        decoded.charset(), null, decoded.note());
    return new Indexed(report, toCatalog(article), applied.warnings());
  }

  private static CatalogArticle toCatalog(Article article) {
    List<CatalogStatement> statements = article.statements().stream()
        .map(s -> new CatalogStatement(s.id(), s.province(), s.organization(), s.officials()))
        .toList();
    return new CatalogArticle(article.id(), article.source(), article.headline(), article.year(), article.date(),
        article.lead(), article.reporters(), statements);
  }

  private List<Path> articleFiles() throws ReindexException {
    if (!Files.exists(seeds)) {
      throw new ReindexException("seeds folder " + seeds + " does not exist; index not changed", null);
    }
    if (!Files.isDirectory(seeds)) {
      throw new ReindexException("seeds folder " + seeds + " is not a folder; index not changed", null);
    }
    try (Stream<Path> list = Files.list(seeds)) {
      List<Path> files = list
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> isArticleName(p.getFileName().toString()))
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw new ReindexException("seeds folder " + seeds + " holds no article files (*.txt, *.md); index not changed",
            null);
      }
      return files;
    } catch (IOException e) {
      throw new ReindexException("cannot list seeds folder " + seeds + ": " + e.getMessage() + "; index not changed",
          null);
    }
  }

  static boolean isArticleName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".md");
  }

  private FileLock tryLock(FileChannel channel) throws IOException, ReindexInProgressException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new ReindexInProgressException(
          "another reindex of " + store.root() + " is running; try again when it has finished");
    }
    return lock;
  }

  private static ReindexReport report(List<FileReport> files, int articles, int statements, long started,
      boolean switched, String version, List<String> warnings) {
    double seconds = (System.nanoTime() - started) / 1e9;
    return new ReindexReport(files, articles, statements, seconds, switched, version, warnings);
  }
}
