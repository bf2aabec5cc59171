package wjw.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wjw.ingest.ArticleFile;
import wjw.ingest.ArticleReader;
import wjw.ingest.corrections.Corrections;
import wjw.ingest.corrections.CorrectionsException;
import wjw.ingest.decode.ArticleDecoder;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Article;
import wjw.ingest.model.ArticleSummary;

/**
 * Builds a new index generation from a folder of article files and makes it live only when
 * complete; a bad file either fails the whole reindex (old index untouched) or, with skipBad, is
 * reported and left out. Curator corrections ({@code corrections.json} beside the articles) are applied
 * after segmentation; a malformed file fails the reindex before anything is built. One reindex per
 * index at a time, across processes. The generation is built where an {@link IndexTarget} says: the
 * index folder, or an OpenSearch cluster — the same reading, segmentation and corrections for both.
 */
public final class Reindexer {
  /** Files read ahead per thread: enough to keep every core busy while one slow page finishes. */
  private static final int WINDOW_PER_THREAD = 8;

  /** At most this many failed files are named in the message of a failed reindex; the report names them all. */
  private static final int NAMED_FAILURES = 5;

  private final Path seeds;
  private final IndexTarget target;
  /** Reads every file of a run, with the size limit; each run gives it the corrections found then. */
  private final ArticleReader reader;
  private final SemanticIndexing semantic;

  /** A reindexer rejecting article files over {@link ArticleDecoder#DEFAULT_MAX_BYTES}. */
  public Reindexer(Path seedsDir, Path indexDir) {
    this(seedsDir, indexDir, ArticleDecoder.DEFAULT_MAX_BYTES);
  }

  /** A reindexer rejecting article files over {@code maxFileBytes}. */
  public Reindexer(Path seedsDir, Path indexDir, long maxFileBytes) {
    this(seedsDir, IndexTarget.folder(indexDir), maxFileBytes);
  }

  /** A reindexer into {@code target} (the index folder or a cluster), rejecting article files over {@code maxFileBytes}. */
  public Reindexer(Path seedsDir, IndexTarget target, long maxFileBytes) {
    this(seedsDir, target, new ArticleReader(Corrections.none(), maxFileBytes), SemanticIndexing.NONE);
  }

  private Reindexer(Path seedsDir, IndexTarget target, ArticleReader reader, SemanticIndexing semantic) {
    this.reader = reader;
    this.seeds = seedsDir;
    this.target = target;
    this.semantic = semantic;
  }

  /**
   * This reindexer also embedding paragraphs into each generation as {@code semantic} says (default: never), where
   * the target keeps vectors (the index folder).
   */
  public Reindexer withSemantic(SemanticIndexing semantic) {
    return new Reindexer(seeds, target, reader, semantic);
  }

  public ReindexReport run(boolean skipBad) throws ReindexException {
    return run(skipBad, ReindexProgress.NONE);
  }

  /** As {@link #run(boolean)}, telling {@code progress} how far it is. */
  public ReindexReport run(boolean skipBad, ReindexProgress progress) throws ReindexException {
    long started = System.nanoTime();
    List<Path> files = articleFiles();
    Corrections corrections = loadCorrections();
    try (Closeable lock = target.lock()) {
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
    try {
      return Corrections.beside(seeds);
    } catch (CorrectionsException e) {
      throw new ReindexException(e.getMessage() + "; previous index kept", null);
    }
  }

  private ReindexReport build(List<Path> files, Corrections corrections, boolean skipBad, long started,
      ReindexProgress progress) throws IOException, ReindexException {
    target.removeLeftovers(); // leftovers of builds killed earlier
    boolean published = false;
    try (IndexTarget.Generation generation = target.create()) {
      try {
        List<FileReport> reports = new ArrayList<>();
        List<String> articleIds = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int statements = 0;
        long furniture = 0;
        try (OrderedParallel<Integer, Indexed> outcomes = indexAll(files, corrections, generation)) {
          progress.started(files.size());
          // Each file's outcome is consumed as soon as it is ready, in file order: memory stays flat.
          while (outcomes.hasNext()) {
            Indexed indexed = outcomes.next();
            reports.add(indexed.report());
            statements += indexed.report().statements();
            furniture += indexed.furnitureChars();
            warnings.addAll(indexed.warnings());
            if (indexed.catalog() != null) {
              generation.addArticle(indexed.catalog());
              articleIds.add(indexed.catalog().id());
            }
            generation.filesRead(reports.size(), files.size());
            progress.fileDone(reports.size(), statements);
          }
        }
        progress.writing();
        // Only now is it known which articles exist, so a correction naming none can be reported.
        warnings.addAll(corrections.unmatchedArticles(articleIds));
        List<FileReport> failed = reports.stream().filter(r -> r.status().equals("failed")).toList();
        if (!failed.isEmpty() && !skipBad) {
          throw new ReindexException(failed.size() + " of " + files.size() + " files failed (" + describe(failed)
              + "); previous index kept. Use --skip-bad to index the others.",
              report(reports, articleIds.size(), statements, started, false, null, warnings, furniture));
        }
        String version = generation.name();
        VectorReport vectors = generation.publish(
            new IndexManifest(version, Instant.now().toString(), articleIds.size(), statements), semantic);
        published = true;
        target.removeLeftovers();
        return report(reports, articleIds.size(), statements, started, true, version, warnings, furniture)
            .withVectors(vectors);
      } finally {
        if (!published) {
          generation.discard();
        }
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
  private record Indexed(FileReport report, ArticleSummary catalog, List<String> warnings, long furnitureChars) {}

  /**
   * Reads, segments and indexes the files on every core (a generation takes documents from several
   * threads), handing back the outcomes in file order so reports and the catalog read the same every
   * time. Only a small window of files is in flight, so memory does not grow with the corpus.
   */
  private OrderedParallel<Integer, Indexed> indexAll(List<Path> files, Corrections corrections,
      IndexTarget.Generation generation) {
    ArticleReader reader = this.reader.withCorrections(corrections); // one for all threads
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
    List<Integer> pages = java.util.stream.IntStream.range(0, files.size()).boxed().toList();
    return new OrderedParallel<>(pages, threads, WINDOW_PER_THREAD * threads,
        page -> indexFile(files.get(page), page, reader, generation));
  }

  private static Indexed indexFile(Path file, int page, ArticleReader reader, IndexTarget.Generation generation)
      throws IOException {
    String name = file.getFileName().toString();
    ArticleFile read;
    try {
      read = reader.read(file);
    } catch (BadArticleException e) {
      return new Indexed(new FileReport(name, "failed", 0, null, e.reason()), null, List.of(), 0);
    }
    Article article = read.article();
    generation.add(article, page);
    boolean anonymous = article.statements().stream().allMatch(s -> s.officials().isEmpty());
    FileReport report = new FileReport(name, anonymous ? "no-headers" : "ok", article.statements().size(),
        read.charset(), null, read.encodingNote());
    return new Indexed(report, article.summary(), read.correctionWarnings(), article.furnitureChars());
  }

  private List<Path> articleFiles() throws ReindexException {
    if (!Files.exists(seeds)) {
      throw new ReindexException("seeds folder " + seeds + " does not exist; index not changed", null);
    }
    if (!Files.isDirectory(seeds)) {
      throw new ReindexException("seeds folder " + seeds + " is not a folder; index not changed", null);
    }
    try {
      List<Path> files = ArticleReader.articleFiles(seeds);
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

  private static ReindexReport report(List<FileReport> files, int articles, int statements, long started,
      boolean switched, String version, List<String> warnings, long furnitureChars) {
    double seconds = (System.nanoTime() - started) / 1e9;
    return new ReindexReport(files, articles, statements, seconds, switched, version, warnings, furnitureChars);
  }
}
