package wjw.index;

import java.io.Closeable;
import java.io.IOException;
import wjw.ingest.model.Article;
import wjw.ingest.model.ArticleSummary;

/**
 * Where a reindex builds its new generation and how it makes it live: the embedded index folder
 * ({@link #folder}) or an OpenSearch cluster. {@link Reindexer} holds the target's lock for the whole
 * reindex, removes what earlier killed or failed reindexes left, fills a new generation (articles'
 * statements from several threads at once, the catalog in file order) and publishes it only when
 * complete; a generation not published is discarded, and the live one stays.
 */
public interface IndexTarget {

  /** Takes the one-reindex-at-a-time lock; refuses with a {@link ReindexInProgressException} naming the holder. */
  Closeable lock() throws IOException, ReindexException;

  /** Removes every generation that is not live (leftovers of killed or failed builds, and replaced ones); holding the lock. */
  void removeLeftovers() throws IOException;

  /** A new, empty generation that nothing serves yet; holding the lock. */
  Generation create() throws IOException;

  /** Where a reindex writes, for messages: the folder, or the cluster and index name. */
  String describe();

  /** Where generation {@code generation} (gen-…) lives, for messages: its folder, or its index in the cluster. */
  String describe(String generation);

  /** The embedded index in {@code indexDir}: generation folders and a CURRENT file naming the live one. */
  static IndexTarget folder(java.nio.file.Path indexDir) {
    return new IndexFolderTarget(new IndexStore(indexDir));
  }

  /** One generation being built. */
  interface Generation extends Closeable {
    /** Its name (gen-…), the version searches report once it is live. */
    String name();

    /**
     * Adds every statement of {@code article}; called from several threads at once.
     *
     * @param page the article's position among the files of the index (sorted by name): with a statement's place
     *     on its page, it orders statements of one year as printed
     */
    void add(Article article, int page) throws IOException;

    /** Adds one article to the catalog (and its officials to their summaries); called in file order. */
    void addArticle(ArticleSummary article) throws IOException;

    /** {@code done} of {@code total} article files have been read and added; for a progress display. */
    default void filesRead(int done, int total) {}

    /**
     * Completes the generation — with paragraph vectors as {@code semantic} says, where the target keeps them — and
     * makes it the live one, atomically: a search sees the old generation or this one, whole. Fails, leaving the old
     * one live, if the generation does not hold what {@code manifest} says.
     */
    VectorReport publish(IndexManifest manifest, SemanticIndexing semantic) throws IOException;

    /** Drops a generation that will not be published (a failed build); the live one is untouched. */
    void discard() throws IOException;
  }
}
