package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import wjw.index.Fields;
import wjw.index.IndexStore;
import wjw.index.ReindexException;
import wjw.index.Reindexer;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.Official;
import wjw.ingest.model.Statement;

/**
 * The seeds' statements, sent as {@link StatementSource} documents, are accepted by the strict
 * mapping and keep what the embedded index keeps: stored values, exact keyword matches, values of a
 * multi-valued field that no phrase joins.
 */
class StatementSourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Statement> STATEMENTS = new ArrayList<>();
  private static ClusterConnection cluster;
  private static String index;
  /** The same seeds in an embedded index: a reindex of the seeds folder. */
  private static Path embeddedDir;
  private static DirectoryReader embedded;

  @BeforeAll
  static void indexTheSeeds() throws IOException {
    cluster = TestCluster.connect();
    index = TestCluster.uniqueIndex("source");
    StatementIndex.create(cluster, index, 2, 0);
    Segmenter segmenter = new Segmenter();
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (int page = 0; page < seeds.size(); page++) {
      Path seed = seeds.get(page);
      Article article = segmenter.segment(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
      for (int ordinal = 0; ordinal < article.statements().size(); ordinal++) {
        Statement statement = article.statements().get(ordinal);
        Map<String, Object> source = StatementSource.of(statement, article, page, ordinal);
        cluster.client().index(i -> i.index(index).id(statement.id()).document(source));
        STATEMENTS.add(statement);
      }
    }
    cluster.client().indices().refresh(r -> r.index(index));
    embeddedDir = Files.createTempDirectory("embedded");
    try {
      new Reindexer(Path.of("seeds"), embeddedDir).run(false);
    } catch (ReindexException e) {
      throw new IOException(e.getMessage(), e);
    }
    Path generation = new IndexStore(embeddedDir).current().orElseThrow();
    embedded = DirectoryReader.open(FSDirectory.open(generation));
  }

  /** The embedded index's stored document of a statement. */
  private static Document embeddedDocument(String id) throws IOException {
    IndexSearcher searcher = new IndexSearcher(embedded);
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    assertEquals(1, top.scoreDocs.length, id);
    return searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  @AfterAll
  static void dropIndex() throws IOException {
    TestCluster.deleteIndex(cluster, index);
    TestCluster.close(cluster);
    if (embedded != null) {
      embedded.close();
      try (Stream<Path> files = Files.walk(embeddedDir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  @Test
  void everyStatementIsIndexedWithTheStoredValuesOfTheEmbeddedIndex() throws IOException {
    assertEquals(STATEMENTS.size(), cluster.client().count(c -> c.index(index)).count());
    for (int i = 0; i < STATEMENTS.size(); i++) {
      Statement statement = STATEMENTS.get(i);
      JsonNode source = JSON.valueToTree(cluster.client().get(g -> g.index(index).id(statement.id()), JsonNode.class).source());
      Document embedded = embeddedDocument(statement.id());
      assertEquals(JSON.readTree(embedded.get(Fields.OFFICIALS_JSON)), source.get(Fields.OFFICIALS_JSON), statement.id());
      assertEquals(JSON.readTree(embedded.get(Fields.PARAGRAPHS_JSON)), source.get(Fields.PARAGRAPHS_JSON), statement.id());
      assertEquals(embedded.get(Fields.TEXT), source.get(Fields.TEXT).asText(), statement.id());
      assertEquals(embedded.get(Fields.ARTICLE_ID), source.get(Fields.ARTICLE_ID).asText());
    }
  }

  @Test
  void anOfficialsNameFindsExactlyTheirStatementsByKeywordAndThroughAny() throws IOException {
    for (Statement statement : STATEMENTS) {
      for (Official official : statement.officials()) {
        long expected = STATEMENTS.stream().filter(s -> s.officials().stream().anyMatch(o -> o.name().equals(official.name()))).count();
        long byKeyword = count(Query.of(q -> q.term(t -> t.field(Fields.OFFICIAL).value(FieldValue.of(official.name())))));
        assertEquals(expected, byKeyword, official.name());
        long throughAny = count(Query.of(q -> q.bool(b -> b
            .must(m -> m.matchPhrase(p -> p.field(Fields.ANY).query(official.name())))
            .filter(f -> f.ids(ids -> ids.values(statement.id()))))));
        assertEquals(1, throughAny, official.name() + " is in any of " + statement.id());
      }
    }
  }

  @Test
  void noPhraseJoinsTwoTitlesOfOneStatement() throws IOException {
    int checked = 0;
    for (Statement statement : STATEMENTS) {
      List<String> titles = statement.officials().stream().map(Official::title).filter(t -> t != null && t.length() >= 2).toList();
      for (int i = 0; i + 1 < titles.size(); i++) {
        String across = titles.get(i).substring(titles.get(i).length() - 2) + titles.get(i + 1).substring(0, 2);
        if (titles.stream().anyMatch(t -> t.contains(across))) {
          continue; // really in one title: not a test of the gap
        }
        String phrase = across;
        long hits = count(Query.of(q -> q.bool(b -> b
            .must(m -> m.matchPhrase(p -> p.field(Fields.TITLE).query(phrase)))
            .filter(f -> f.ids(ids -> ids.values(statement.id()))))));
        assertEquals(0, hits, "\"" + phrase + "\" spans two titles of " + statement.id() + ": " + titles);
        checked++;
      }
    }
    assertTrue(checked > 0, "the seeds have statements with two or more titles");
  }

  /** The highlighter reads offsets from the postings ({@code index_options: offsets}) and marks each matched token. */
  @Test
  void aHighlightOfTheLiteralFieldMarksTheWholeMatch() throws IOException {
    Statement statement = STATEMENTS.get(0);
    Matcher han = Pattern.compile("\\p{IsHan}{4}").matcher(statement.text());
    assertTrue(han.find(), statement.text());
    String phrase = han.group();
    var response = cluster.client().search(s -> s.index(index)
        .query(q -> q.bool(b -> b.must(m -> m.matchPhrase(p -> p.field(Fields.TEXT).query(phrase)))
            .filter(f -> f.ids(ids -> ids.values(statement.id())))))
        .highlight(h -> h.encoder(HighlighterEncoder.Html)
            .fields(Fields.TEXT, f -> f.type(t -> t.builtin(BuiltinHighlighterType.Unified)))), JsonNode.class);
    assertEquals(1, response.hits().hits().size(), "\"" + phrase + "\" finds " + statement.id());
    String fragment = String.join(" ", response.hits().hits().get(0).highlight().get(Fields.TEXT));
    assertTrue(fragment.replace("</em><em>", "").contains("<em>" + phrase + "</em>"), fragment);
  }

  private static long count(Query query) throws IOException {
    return cluster.client().count(c -> c.index(index).query(query)).count();
  }
}
