package wjw.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import wjw.ingest.Segmenter;
import wjw.ingest.corrections.Corrections;
import wjw.ingest.corrections.CorrectionsException;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.decode.DecodedText;
import wjw.ingest.model.Article;
import wjw.ingest.model.Statement;

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
  /** Files read ahead per thread: enough to keep every core busy while one slow page finishes. */
  private static final int WINDOW_PER_THREAD = 8;

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

  /**
   * The writer settings of a reindex; the bench's bare reference uses the same, so they compare fairly.
   * Segments are sorted by {@link Fields#RANK}, so within a segment document order is browse order:
   * browsing stops after the page's documents in each segment, and among equal scores the later
   * documents of a segment lose the tie at once instead of entering the queue.
   */
  public static IndexWriterConfig writerConfig() {
    return new IndexWriterConfig(IndexAnalyzers.create())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setIndexSort(new Sort(new SortField(Fields.RANK, SortField.Type.LONG)));
  }

  /** True when {@code indexDir} holds a complete live generation. */
  public static boolean hasIndex(Path indexDir) {
    return new IndexStore(indexDir).hasIndex();
  }

  public ReindexReport run(boolean skipBad) throws ReindexException {
    return run(skipBad, ReindexProgress.NONE);
  }

  /** As {@link #run(boolean)}, telling {@code progress} how far it is. */
  public ReindexReport run(boolean skipBad, ReindexProgress progress) throws ReindexException {
    long started = System.nanoTime();
    List<Path> files = articleFiles();
    Corrections corrections = loadCorrections();
    if (Files.exists(store.root()) && !Files.isDirectory(store.root())) {
      throw new ReindexException("index folder " + store.root() + " is a file, not a folder", null);
    }
    try {
      Files.createDirectories(store.root());
    } catch (IOException e) {
      throw new ReindexException("cannot create index folder " + store.root() + ": " + e.getMessage(), null);
    }
    try (ReindexLock lock = ReindexLock.acquire(store.root())) {
      return build(files, corrections, skipBad, started, progress);
    } catch (UncheckedIOException e) {
      throw new ReindexException("reindex failed, previous index kept: " + e.getCause().getMessage(), null);
    } catch (IOException e) {
      throw new ReindexException("reindex failed, previous index kept: " + e.getMessage(), null);
    } finally {
      progress.finished();
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

  private ReindexReport build(List<Path> files, Corrections corrections, boolean skipBad, long started,
      ReindexProgress progress) throws IOException, ReindexException {
    store.deleteStaleGenerations(); // leftovers of builds killed earlier
    Path generation = store.newGeneration();
    boolean published = false;
    try {
      List<FileReport> reports = new ArrayList<>();
      List<String> articleIds = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      int statements = 0;
      long furniture = 0;
      IndexWriterConfig config = writerConfig();
      try (FSDirectory dir = FSDirectory.open(generation); IndexWriter writer = new IndexWriter(dir, config);
          CatalogWriter catalog = new CatalogWriter(generation);
          OrderedParallel<Integer, Indexed> outcomes = indexAll(files, corrections, writer)) {
        progress.started(files.size());
        // Each file's outcome is consumed as soon as it is ready, in file order: memory stays flat.
        while (outcomes.hasNext()) {
          Indexed indexed = outcomes.next();
          reports.add(indexed.report());
          statements += indexed.report().statements();
          furniture += indexed.furnitureChars();
          warnings.addAll(indexed.warnings());
          if (indexed.catalog() != null) {
            catalog.add(indexed.catalog());
            articleIds.add(indexed.catalog().id());
          }
          progress.fileDone(reports.size(), statements);
        }
        progress.writing();
        // Only now is it known which articles exist, so a correction naming none can be reported.
        warnings.addAll(corrections.unmatchedArticles(articleIds));
        List<FileReport> failed = reports.stream().filter(r -> r.status().equals("failed")).toList();
        if (!failed.isEmpty() && !skipBad) {
          writer.rollback();
          throw new ReindexException(failed.size() + " of " + files.size() + " files failed (" + describe(failed)
              + "); previous index kept. Use --skip-bad to index the others.",
              report(reports, articleIds.size(), statements, started, false, null, warnings, furniture));
        }
        ParallelFlush.run(writer, threadsFor(files.size()));
        writer.commit();
        catalog.finish();
      }
      String version = generation.getFileName().toString();
      store.publish(generation, new IndexManifest(version, Instant.now().toString(), articleIds.size(), statements));
      published = true;
      store.deleteStaleGenerations();
      return report(reports, articleIds.size(), statements, started, true, version, warnings, furniture);
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

  /**
   * What reading one file gave: its report line, its catalog entry (null if it failed), correction warnings, and the
   * characters of page furniture that went to no statement.
   */
  private record Indexed(FileReport report, CatalogArticle catalog, List<String> warnings, long furnitureChars) {}

  /**
   * Reads, segments and indexes the files on every core (IndexWriter takes documents from several
   * threads), handing back the outcomes in file order so reports and the catalog read the same every
   * time. Only a small window of files is in flight, so memory does not grow with the corpus.
   */
  private OrderedParallel<Integer, Indexed> indexAll(List<Path> files, Corrections corrections, IndexWriter writer) {
    Segmenter segmenter = new Segmenter(); // stateless between calls: one for all threads
    int threads = threadsFor(files.size());
    List<Integer> pages = java.util.stream.IntStream.range(0, files.size()).boxed().toList();
    return new OrderedParallel<>(pages, threads, WINDOW_PER_THREAD * threads,
        page -> indexFile(files.get(page), page, segmenter, corrections, writer));
  }

  private static int threadsFor(int files) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files));
  }

  private Indexed indexFile(Path file, int page, Segmenter segmenter, Corrections corrections, IndexWriter writer)
      throws IOException {
    String name = file.getFileName().toString();
    DecodedText decoded;
    try {
      decoded = ArticleDecoder.decode(file, maxFileBytes);
    } catch (BadArticleException e) {
      return new Indexed(new FileReport(name, "failed", 0, null, e.reason()), null, List.of(), 0);
    }
    Corrections.Applied applied = corrections.apply(segmenter.segment(name, decoded.text()));
    Article article = applied.article();
    int ordinal = 0;
    for (Statement statement : article.statements()) {
      writer.addDocument(StatementDocument.of(statement, article, page, ordinal++));
    }
    boolean anonymous = article.statements().stream().allMatch(s -> s.officials().isEmpty());
    FileReport report = new FileReport(name, anonymous ? "no-headers" : "ok", article.statements().size(),
        decoded.charset(), null, decoded.note());
    return new Indexed(report, toCatalog(article), applied.warnings(), article.furnitureChars());
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

  /** True for the file names a reindex reads as pages: *.txt and *.md, in any case. */
  public static boolean isArticleName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".md");
  }

  private static ReindexReport report(List<FileReport> files, int articles, int statements, long started,
      boolean switched, String version, List<String> warnings, long furnitureChars) {
    double seconds = (System.nanoTime() - started) / 1e9;
    return new ReindexReport(files, articles, statements, seconds, switched, version, warnings, furnitureChars);
  }
}
