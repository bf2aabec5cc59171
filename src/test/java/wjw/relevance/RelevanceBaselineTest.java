package wjw.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.analysis.Tokens;
import wjw.analysis.WordAnalyzer;
import wjw.index.Reindexer;
import wjw.index.SemanticIndexing;
import wjw.search.Hit;
import wjw.search.LuceneSearchService;
import wjw.search.SearchMode;
import wjw.search.SearchRequest;
import wjw.semantic.Embedder;
import wjw.semantic.EmbeddingProgress;
import wjw.semantic.ReciprocalRankFusion;
import wjw.semantic.Vectors;

/**
 * The first baseline on the judged collections: literal search (the product's, over a seeds index),
 * pure semantic search (brute-force cosine over the seeds' paragraphs, a statement ranked by its best
 * paragraph) and their reciprocal-rank fusion. Prints the tables kept in docs/semantic.md and writes
 * them to target/relevance/baseline.md.
 */
class RelevanceBaselineTest {
  static final int K = 10;
  static final int LITERAL_HITS = 100;
  static final int SHUFFLES = 100;

  @TempDir static Path dir;
  static LuceneSearchService literal;
  static Embedder embedder;
  static Analyzer words;
  static Map<String, String> paragraphs;
  static List<String> paragraphIds;
  static List<float[]> vectors;

  @BeforeAll
  static void setUp() throws Exception {
    embedder = Embedder.startLoading(2); // loads while the index is built
    paragraphs = JudgedCollection.seedParagraphs();
    // the product's index: statements plus paragraph vectors, searched through the service in every mode
    new Reindexer(JudgedCollection.SEEDS, dir.resolve("index"))
        .withSemantic(new SemanticIndexing(SemanticIndexing.Choice.ON, () -> embedder)).run(false);
    embedder.awaitReady();
    literal = LuceneSearchService.open(dir.resolve("index")).useQueryEncoder(embedder);
    words = WordAnalyzer.create();
    paragraphIds = List.copyOf(paragraphs.keySet());
    vectors = embedder.embedPassages(paragraphIds.stream().map(paragraphs::get).toList(), EmbeddingProgress.NONE);
  }

  @AfterAll
  static void tearDown() throws Exception {
    literal.close();
    words.close();
    embedder.close();
  }

  @Test
  void semanticAndHybridBeatLiteralOnTopicsInOtherWordsAndHybridKeepsLiteralsTopics() throws Exception {
    Evaluation meaning = new Evaluation(JudgedCollection.byMeaning());
    Evaluation literalTopics = new Evaluation(JudgedCollection.byWords());
    String report = meaning.report() + "\n" + literalTopics.report();
    System.out.println(report);
    Path out = Path.of("target", "relevance", "baseline.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);

    for (boolean byParagraph : List.of(false, true)) {
      // what the product answers (mode=literal|semantic|hybrid through the index): hybrid never below literal
      for (Evaluation e : List.of(meaning, literalTopics)) {
        assertTrue(e.meanNdcg(e.indexHybrid, byParagraph) >= e.meanNdcg(e.typed, byParagraph),
            "mode=hybrid is at least mode=literal, topics " + e.collection.name() + (byParagraph ? ", paragraphs" : ""));
      }
      assertTrue(meaning.meanNdcg(meaning.indexSemantic, byParagraph) > meaning.meanNdcg(meaning.typed, byParagraph));
      double typed = meaning.meanNdcg(meaning.typed, byParagraph);
      assertTrue(meaning.meanNdcg(meaning.semantic, byParagraph) > typed, "semantic beats literal");
      assertTrue(meaning.meanNdcg(meaning.hybrid, byParagraph) >= typed, "hybrid is at least literal");
      // where literal search does find the paragraphs, fusing in semantic must not cost ranking quality
      assertTrue(literalTopics.meanNdcg(literalTopics.hybrid, byParagraph)
          >= literalTopics.meanNdcg(literalTopics.typed, byParagraph), "hybrid is at least literal on literal topics");
    }
  }

  /** Every run over one judged collection. */
  static final class Evaluation {
    final JudgedCollection collection;
    final Ranking typed;
    final Ranking anyWord;
    final Ranking semantic;
    final Ranking instructed;
    final Ranking hybrid;
    final Ranking hybridAny;
    final Ranking indexSemantic;
    final Ranking indexHybrid;

    Evaluation(JudgedCollection collection) {
      this.collection = collection;
      collection.check(paragraphs);
      typed = literal("literal", Topic::query);
      anyWord = literal("literal, any word", t -> String.join(" OR ", words(t.query())));
      semantic = semantic("semantic", embedder::embedQuery);
      instructed = semantic("semantic, BGE instruction", q -> embedder.embedPassage(Embedder.QUERY_INSTRUCTION + q));
      hybrid = fuse("hybrid (RRF literal + semantic)", typed, semantic);
      hybridAny = fuse("hybrid (RRF any word + semantic)", anyWord, semantic);
      indexSemantic = served("mode=semantic (index)", SearchMode.SEMANTIC);
      indexHybrid = served("mode=hybrid (index)", SearchMode.HYBRID);
    }

    List<Ranking> runs() {
      return List.of(typed, anyWord, semantic, instructed, hybrid, hybridAny, indexSemantic, indexHybrid);
    }

    /**
     * What the search service answers in {@code mode}, over the index's HNSW vectors: its statements in order,
     * and as paragraphs, for each hit its paragraph nearest in meaning, then (hybrid) those printing every query term.
     */
    private Ranking served(String name, SearchMode mode) {
      Map<String, List<String>> paragraphRanks = new LinkedHashMap<>();
      Map<String, List<String>> statementRanks = new LinkedHashMap<>();
      for (Topic t : collection.topics()) {
        List<Hit> hits = literal.search(new SearchRequest(t.query(), null, null, null, 0, LITERAL_HITS, mode)).hits();
        List<String> terms = List.of(t.query().split("\\s+"));
        java.util.LinkedHashSet<String> ranked = new java.util.LinkedHashSet<>();
        for (Hit hit : hits) {
          if (hit.meaning() != null) {
            ranked.add(hit.id() + "#" + (hit.meaning().paragraph() - 1));
          }
          if (mode == SearchMode.HYBRID) {
            paragraphIds.stream().filter(id -> ParagraphId.statementOf(id).equals(hit.id()))
                .filter(id -> terms.stream().allMatch(paragraphs.get(id)::contains)).forEach(ranked::add);
          }
        }
        statementRanks.put(t.id(), hits.stream().map(Hit::id).toList());
        paragraphRanks.put(t.id(), List.copyOf(ranked));
      }
      return new Ranking(name, paragraphRanks, statementRanks);
    }

    String report() {
      StringBuilder table = new StringBuilder();
      table.append("Topics ").append(collection.name()).append(" (").append(collection.topics().size()).append("):\n\n");
      table.append("| run | statements nDCG@10 | statements R@10 | paragraphs nDCG@10 | paragraphs R@10 |\n");
      table.append("|---|---|---|---|---|\n");
      table.append(randomRow());
      for (Ranking run : runs()) {
        table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", run.name(),
            meanNdcg(run, false), mean(run.statements(), statementQrels(), Measures::recallAt),
            meanNdcg(run, true), mean(run.paragraphs(), collection.paragraphQrels(), Measures::recallAt)));
      }
      table.append('\n').append(compare(semantic, instructed)).append("\n\n");
      table.append("Per topic, nDCG@10 over paragraphs (statements in brackets):\n\n| topic | query | ");
      runs().forEach(r -> table.append(r.name()).append(" | "));
      table.append("\n|---|---|").append("---|".repeat(runs().size())).append('\n');
      for (Topic t : collection.topics()) {
        table.append("| ").append(t.id()).append(" | ").append(t.query()).append(" | ");
        for (Ranking r : runs()) {
          table.append(String.format(Locale.ROOT, "%.2f (%.2f) | ",
              Measures.ndcgAt(K, r.paragraphs().get(t.id()), collection.paragraphQrels().of(t.id())),
              Measures.ndcgAt(K, r.statements().get(t.id()), statementQrels().of(t.id()))));
        }
        table.append('\n');
      }
      return table.toString();
    }

    double meanNdcg(Ranking run, boolean byParagraph) {
      return byParagraph ? mean(run.paragraphs(), collection.paragraphQrels(), Measures::ndcgAt)
          : mean(run.statements(), statementQrels(), Measures::ndcgAt);
    }

    private Qrels statementQrels() {
      return collection.statementQrels();
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

    /**
     * What chance alone scores: every topic's paragraphs in {@code SHUFFLES} seeded random orders,
     * averaged. With only 15 statements, statement-level figures start high; this row says how high.
     */
    private String randomRow() {
      Random random = new Random(16);
      double[] sums = new double[4];
      for (int i = 0; i < SHUFFLES; i++) {
        Map<String, List<String>> paragraphRanks = new LinkedHashMap<>();
        Map<String, List<String>> statementRanks = new LinkedHashMap<>();
        for (Topic t : collection.topics()) {
          List<String> order = new ArrayList<>(paragraphIds);
          Collections.shuffle(order, random);
          paragraphRanks.put(t.id(), order);
          statementRanks.put(t.id(), Ranking.statementsOf(order));
        }
        sums[0] += mean(statementRanks, statementQrels(), Measures::ndcgAt);
        sums[1] += mean(statementRanks, statementQrels(), Measures::recallAt);
        sums[2] += mean(paragraphRanks, collection.paragraphQrels(), Measures::ndcgAt);
        sums[3] += mean(paragraphRanks, collection.paragraphQrels(), Measures::recallAt);
      }
      return String.format(Locale.ROOT, "| random order (mean of %d shuffles) | %.3f | %.3f | %.3f | %.3f |%n",
          SHUFFLES, sums[0] / SHUFFLES, sums[1] / SHUFFLES, sums[2] / SHUFFLES, sums[3] / SHUFFLES);
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

    private double mean(Map<String, List<String>> ranks, Qrels qrels, Measure measure) {
      return collection.topics().stream()
          .mapToDouble(t -> measure.at(K, ranks.get(t.id()), qrels.of(t.id()))).average().orElseThrow();
    }
  }

  /** smartcn's words of two or more characters: a single character matches far too much. */
  private static List<String> words(String query) {
    return Tokens.analyze(words, "text", query).stream().map(t -> t.term())
        .filter(w -> w.codePointCount(0, w.length()) >= 2).distinct().toList();
  }

  interface Measure {
    double at(int k, List<String> ranked, Map<String, Integer> grades);
  }
}
