package wjw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wjw.index.ReindexException;
import wjw.index.Reindexer;
import wjw.ingest.ArticleReader;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Statement;

/** Test fixture: the real seeds indexed into a temporary folder, and the statements they segment into. */
final class SeedIndex {
  static final Path SEEDS = Path.of("seeds");

  private SeedIndex() {}

  static LuceneSearchService build(Path indexDir) throws IOException, ReindexException {
    return build(SEEDS, indexDir);
  }

  static LuceneSearchService build(Path seeds, Path indexDir) throws IOException, ReindexException {
    new Reindexer(seeds, indexDir).run(false);
    return LuceneSearchService.open(indexDir);
  }

  static List<Statement> statements() {
    return statements(SEEDS);
  }

  static List<Statement> statements(Path seeds) {
    List<Statement> all = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    try {
      for (Path file : ArticleReader.articleFiles(seeds)) {
        all.addAll(reader.read(file).article().statements());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BadArticleException e) {
      throw new IllegalStateException(e);
    }
    return all;
  }

  /** The strings an unqualified query searches: text, officials' names and titles, province, organization. */
  static List<String> searchable(Statement s) {
    List<String> values = new ArrayList<>();
    values.add(s.text());
    s.officials().forEach(o -> {
      values.add(o.name());
      values.add(o.title());
    });
    if (s.province() != null) values.add(s.province());
    if (s.organization() != null) values.add(s.organization());
    return values;
  }

  /** Writes a page file into {@code dir}. */
  static Path page(Path dir, String name, String text) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), text);
  }
}
