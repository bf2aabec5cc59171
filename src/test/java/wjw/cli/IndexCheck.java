package wjw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import wjw.search.IndexInfo;
import wjw.search.LuceneSearchService;
import wjw.search.RequestLimits;
import wjw.search.SearchRequest;

/**
 * Test fixture: an index folder seen from outside the process that wrote it — what CURRENT names,
 * which generation folders exist — and the live index opened as serve opens it and checked whole.
 */
public final class IndexCheck {
  private IndexCheck() {}

  /** What CURRENT names, or "" when there is no CURRENT. */
  public static String current(Path index) throws IOException {
    Path pointer = index.resolve("CURRENT");
    return Files.exists(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).trim() : "";
  }

  /** The names of the generation folders (gen-*), complete or not. */
  public static Set<String> generations(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return Set.of();
    }
    try (Stream<Path> list = Files.list(index)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * Opens the index as serve does and checks that what opened is the generation CURRENT names, with
   * every statement its manifest promises (Lucene documents, search total and catalog agree) and
   * every file intact (Lucene's CheckIndex, checksums included). Returns the statement count.
   */
  public static int verifyLive(Path index) throws IOException {
    String current = current(index);
    int statements;
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      IndexInfo info = service.info();
      assertEquals(current, info.version(), "the generation CURRENT names is the one opened");
      statements = info.statements();
      long total = service.search(new SearchRequest("", null, null, null, 0, 1)).total();
      assertEquals(statements, total, "every statement of the manifest is searchable");
      var articles = service.articles(0, RequestLimits.MAX_ARTICLES_PAGE);
      int catalogued = articles.articles().stream().mapToInt(a -> a.statements().size()).sum();
      assertEquals(statements, catalogued, "the catalog lists every statement");
      assertEquals(info.articles(), articles.total());
      assertEquals(info.articles(), articles.articles().size());
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (FSDirectory dir = FSDirectory.open(index.resolve(current)); CheckIndex check = new CheckIndex(dir)) {
      check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      assertTrue(check.checkIndex().clean, () -> "CheckIndex of " + current + ": " + log);
    }
    return statements;
  }
}
