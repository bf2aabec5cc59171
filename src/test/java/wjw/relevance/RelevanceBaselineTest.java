package wjw.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.analysis.Tokens;
import wjw.analysis.WordAnalyzer;
import wjw.index.Reindexer;
import wjw.search.Hit;
import wjw.search.LuceneSearchService;
import wjw.search.SearchRequest;
import wjw.semantic.Embedder;
import wjw.semantic.EmbeddingProgress;
import wjw.semantic.ReciprocalRankFusion;
import wjw.semantic.Vectors;

/**
 * The first baseline on the judged collection: literal search (the product's, over a seeds index),
 * pure semantic search (brute-force cosine over the seeds' paragraphs, a statement ranked by its best
 * paragraph) and their reciprocal-rank fusion. Prints the table kept in docs/semantic.md and writes it
 * to target/relevance/baseline.md.
 */
class RelevanceBaselineTest {
  static final int K = 10;
  static final int LITERAL_HITS = 100;

  @TempDir static Path dir;
  static JudgedCollection collection;
  static LuceneSearchService literal;
  static Embedder embedder;
  static Map<String, String> paragraphs;
  static List<String> paragraphIds;
  static List<float[]> vectors;

  @BeforeAll
  static void setUp() throws Exception {
    embedder = Embedder.startLoading(2); // loads while the index is built
    collection = JudgedCollection.load();
    paragraphs = JudgedCollection.seedParagraphs();
    collection.check(paragraphs);
    new Reindexer(JudgedCollection.SEEDS, dir.resolve("index")).run(false);
    literal = LuceneSearchService.open(dir.resolve("index"));
    paragraphIds = List.copyOf(paragraphs.keySet());
    vectors = embedder.embedPassages(paragraphIds.stream().map(paragraphs::get).toList(), EmbeddingProgress.NONE);
  }

  @AfterAll
  static void tearDown() throws Exception {
    literal.close();
    embedder.close();
  }

  @Test
  void semanticAndHybridBeatLiteralOnTopicsInOtherWords() throws Exception {
    Ranking typed = literal("literal", Topic::query);
    Analyzer words = WordAnalyzer.create();
    Ranking anyWord = literal("literal, any word", t -> String.join(" OR ", words(words, t.query())));
    Ranking semantic = semantic("semantic", embedder::embedQuery);
    Ranking instructed = semantic("semantic, BGE instruction", q -> embedder.embedPassage(Embedder.QUERY_INSTRUCTION + q));
    Ranking hybrid = fuse("hybrid (RRF literal + semantic)", typed, semantic);
    Ranking hybridAny = fuse("hybrid (RRF any word + semantic)", anyWord, semantic);
    List<Ranking> runs = List.of(typed, anyWord, semantic, instructed, hybrid, hybridAny);

    Map<String, Double> statementNdcg = new LinkedHashMap<>();
    Map<String, Double> paragraphNdcg = new LinkedHashMap<>();
    StringBuilder table = new StringBuilder();
    table.append("| run | statements nDCG@10 | statements R@10 | paragraphs nDCG@10 | paragraphs R@10 |\n");
    table.append("|---|---|---|---|---|\n");
    table.append(randomRow());
    for (Ranking run : runs) {
      double sn = mean(run.statements(), collection.statementQrels(), Measures::ndcgAt);
      double sr = mean(run.statements(), collection.statementQrels(), Measures::recallAt);
      double pn = mean(run.paragraphs(), collection.paragraphQrels(), Measures::ndcgAt);
      double pr = mean(run.paragraphs(), collection.paragraphQrels(), Measures::recallAt);
      statementNdcg.put(run.name(), sn);
      paragraphNdcg.put(run.name(), pn);
      table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", run.name(), sn, sr, pn, pr));
    }
    table.append("\nPer topic, nDCG@10 over paragraphs (statements in brackets):\n\n| topic | query | ");
    runs.forEach(r -> table.append(r.name()).append(" | "));
    table.append("\n|---|---|").append("---|".repeat(runs.size())).append('\n');
    for (Topic t : collection.topics()) {
      table.append("| ").append(t.id()).append(" | ").append(t.query()).append(" | ");
      for (Ranking r : runs) {
        table.append(String.format(Locale.ROOT, "%.2f (%.2f) | ",
            Measures.ndcgAt(K, r.paragraphs().get(t.id()), collection.paragraphQrels().of(t.id())),
            Measures.ndcgAt(K, r.statements().get(t.id()), collection.statementQrels().of(t.id()))));
      }
      table.append('\n');
    }
    table.append('\n').append(compare(semantic, instructed)).append('\n');
    System.out.println(table);
    Path out = Path.of("target", "relevance", "baseline.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);

    for (Map<String, Double> ndcg : List.of(statementNdcg, paragraphNdcg)) {
      assertTrue(ndcg.get(semantic.name()) > ndcg.get(typed.name()), "semantic beats literal: " + ndcg);
      assertTrue(ndcg.get(hybrid.name()) >= ndcg.get(typed.name()), "hybrid is at least literal: " + ndcg);
    }
  }

  /** The literal search's statements, and in each the paragraphs that print the query's terms. */
  private Ranking literal(String name, Function<Topic, String> query) {
    Map<String, List<String>> paragraphRanks = new LinkedHashMap<>();
    Map<String, List<String>> statementRanks = new LinkedHashMap<>();
    for (Topic t : collection.topics()) {
      String q = query.apply(t);
      List<String> statements = q.isBlank() ? List.of()
          : literal.search(new SearchRequest(q, null, null, null, 0, LITERAL_HITS)).hits().stream().map(Hit::id).toList();
      List<String> terms = List.of(q.replace(" OR ", " ").split("\\s+"));
      boolean all = !q.contains(" OR ");
      List<String> matched = new ArrayList<>();
      for (String statement : statements) {
        paragraphIds.stream().filter(id -> ParagraphId.statementOf(id).equals(statement))
            .filter(id -> all ? terms.stream().allMatch(paragraphs.get(id)::contains)
                : terms.stream().anyMatch(paragraphs.get(id)::contains))
            .forEach(matched::add);
      }
      statementRanks.put(t.id(), statements);
      paragraphRanks.put(t.id(), matched);
    }
    return new Ranking(name, paragraphRanks, statementRanks);
  }

  private Ranking semantic(String name, Function<String, float[]> embedQuery) {
    Map<String, List<String>> paragraphRanks = new LinkedHashMap<>();
    Map<String, List<String>> statementRanks = new LinkedHashMap<>();
    for (Topic t : collection.topics()) {
      float[] q = embedQuery.apply(t.query());
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < paragraphIds.size(); i++) order.add(i);
      order.sort(Comparator.comparingDouble((Integer i) -> Vectors.dot(q, vectors.get(i))).reversed());
      List<String> ranked = order.stream().map(paragraphIds::get).toList();
      paragraphRanks.put(t.id(), ranked);
      statementRanks.put(t.id(), Ranking.statementsOf(ranked));
    }
    return new Ranking(name, paragraphRanks, statementRanks);
  }

  private static Ranking fuse(String name, Ranking a, Ranking b) {
    Map<String, List<String>> paragraphRanks = new LinkedHashMap<>();
    Map<String, List<String>> statementRanks = new LinkedHashMap<>();
    for (String topic : a.statements().keySet()) {
      paragraphRanks.put(topic, ReciprocalRankFusion.fuse(
          List.of(a.paragraphs().get(topic), b.paragraphs().get(topic)), ReciprocalRankFusion.DEFAULT_K));
      statementRanks.put(topic, ReciprocalRankFusion.fuse(
          List.of(a.statements().get(topic), b.statements().get(topic)), ReciprocalRankFusion.DEFAULT_K));
    }
    return new Ranking(name, paragraphRanks, statementRanks);
  }

  /** smartcn's words of two or more characters: a single character matches far too much. */
  private static List<String> words(Analyzer analyzer, String query) {
    return Tokens.analyze(analyzer, "text", query).stream().map(t -> t.term())
        .filter(w -> w.codePointCount(0, w.length()) >= 2).distinct().toList();
  }

  /**
   * What chance alone scores: every topic's paragraphs in {@code SHUFFLES} seeded random orders,
   * averaged. With only 15 statements, statement-level figures start high; this row says how high.
   */
  private String randomRow() {
    int shuffles = 100;
    java.util.Random random = new java.util.Random(16);
    double[] sums = new double[4];
    for (int i = 0; i < shuffles; i++) {
      Map<String, List<String>> paragraphRanks = new LinkedHashMap<>();
      Map<String, List<String>> statementRanks = new LinkedHashMap<>();
      for (Topic t : collection.topics()) {
        List<String> order = new ArrayList<>(paragraphIds);
        java.util.Collections.shuffle(order, random);
        paragraphRanks.put(t.id(), order);
        statementRanks.put(t.id(), Ranking.statementsOf(order));
      }
      sums[0] += mean(statementRanks, collection.statementQrels(), Measures::ndcgAt);
      sums[1] += mean(statementRanks, collection.statementQrels(), Measures::recallAt);
      sums[2] += mean(paragraphRanks, collection.paragraphQrels(), Measures::ndcgAt);
      sums[3] += mean(paragraphRanks, collection.paragraphQrels(), Measures::recallAt);
    }
    return String.format(Locale.ROOT, "| random order (mean of %d shuffles) | %.3f | %.3f | %.3f | %.3f |%n",
        shuffles, sums[0] / shuffles, sums[1] / shuffles, sums[2] / shuffles, sums[3] / shuffles);
  }

  /** How often {@code a} beats {@code b} topic by topic (paragraph nDCG@10), for a sign test by eye. */
  private String compare(Ranking a, Ranking b) {
    int better = 0;
    int worse = 0;
    for (Topic t : collection.topics()) {
      Map<String, Integer> grades = collection.paragraphQrels().of(t.id());
      double diff = Measures.ndcgAt(K, a.paragraphs().get(t.id()), grades) - Measures.ndcgAt(K, b.paragraphs().get(t.id()), grades);
      if (diff > 0.005) better++;
      if (diff < -0.005) worse++;
    }
    return String.format(Locale.ROOT, "%s vs %s, paragraph nDCG@10 topic by topic: better on %d, worse on %d, within 0.005 on %d",
        a.name(), b.name(), better, worse, collection.topics().size() - better - worse);
  }

  interface Measure {
    double at(int k, List<String> ranked, Map<String, Integer> grades);
  }

  private double mean(Map<String, List<String>> ranks, Qrels qrels, Measure measure) {
    return collection.topics().stream()
        .mapToDouble(t -> measure.at(K, ranks.get(t.id()), qrels.of(t.id()))).average().orElseThrow();
  }
}
