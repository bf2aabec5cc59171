package wjw.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import wjw.index.BrokenIndexException;
import wjw.index.CatalogArticle;
import wjw.index.CatalogStatement;
import wjw.index.IndexManifest;
import wjw.index.IndexStore;
import wjw.ingest.Official;

/**
 * One complete index generation opened for reading, with its catalog of articles and officials.
 * Reference-counted through the reader, so a request that acquired it finishes on it even after a
 * newer generation has been swapped in.
 */
final class IndexSnapshot {
  final Path generation;
  final DirectoryReader reader;
  final IndexSearcher searcher;
  final IndexManifest manifest;
  final Map<String, CatalogArticle> articles;
  final List<OfficialView> officials;

  private IndexSnapshot(Path generation, DirectoryReader reader, IndexManifest manifest,
      Map<String, CatalogArticle> articles) {
    this.generation = generation;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.manifest = manifest;
    this.articles = articles;
    this.officials = officialsOf(articles.values());
  }

  /** Opens a complete generation; a {@link BrokenIndexException} says what is wrong with one that is not. */
  static IndexSnapshot open(Path generation) throws IOException {
    IndexManifest manifest = IndexStore.readManifest(generation);
    Map<String, CatalogArticle> articles = new LinkedHashMap<>();
    IndexStore.readCatalog(generation).stream()
        .sorted(Comparator.comparing((CatalogArticle a) -> a.year() == null ? Integer.MIN_VALUE : a.year())
            .reversed().thenComparing(CatalogArticle::id))
        .forEach(a -> articles.put(a.id(), a));
    DirectoryReader reader = openReader(generation);
    // A cheap whole-index check: segments lost or swapped show up as a count the manifest does not know.
    if (reader.numDocs() != manifest.statements()) {
      int found = reader.numDocs();
      reader.close();
      throw new BrokenIndexException("index " + generation.getParent() + " is broken: " + generation.getFileName()
          + " holds " + found + " statements but its manifest says " + manifest.statements(), true);
    }
    return new IndexSnapshot(generation, reader, manifest, articles);
  }

  private static DirectoryReader openReader(Path generation) throws BrokenIndexException {
    FSDirectory dir = null;
    try {
      dir = FSDirectory.open(generation);
      return DirectoryReader.open(dir);
    } catch (IOException | RuntimeException e) {
      // Lucene checks the commit's checksum and every file's header and footer on open: a deleted,
      // truncated or foreign file fails here rather than in the middle of a search.
      closeQuietly(dir);
      throw BrokenIndexException.unreadable(generation, e);
    }
  }

  private static void closeQuietly(FSDirectory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException e) {
        // already failing with a better message
      }
    }
  }

  /** Takes a reference; false if this snapshot was already closed by a refresh. */
  boolean tryAcquire() {
    return reader.tryIncRef();
  }

  void release() throws IOException {
    reader.decRef();
  }

  private static List<OfficialView> officialsOf(Iterable<CatalogArticle> articles) {
    Map<String, OfficialAccumulator> byName = new LinkedHashMap<>();
    for (CatalogArticle article : articles) {
      for (CatalogStatement statement : article.statements()) {
        for (Official official : statement.officials()) {
          OfficialAccumulator acc = byName.computeIfAbsent(official.name(), n -> new OfficialAccumulator());
          acc.titles.add(official.title());
          if (statement.province() != null) acc.provinces.add(statement.province());
          if (article.year() != null) acc.years.add(article.year());
          acc.statements.add(statement.id());
        }
      }
    }
    List<OfficialView> views = new ArrayList<>();
    byName.forEach((name, acc) -> views.add(new OfficialView(name, List.copyOf(acc.titles),
        List.copyOf(acc.provinces), acc.years.stream().sorted(Comparator.reverseOrder()).toList(),
        List.copyOf(acc.statements))));
    views.sort(Comparator.comparing(OfficialView::name));
    return List.copyOf(views);
  }

  private static final class OfficialAccumulator {
    final Set<String> titles = new LinkedHashSet<>();
    final Set<String> provinces = new LinkedHashSet<>();
    final Set<Integer> years = new LinkedHashSet<>();
    final List<String> statements = new ArrayList<>();
  }
}
