package wjw.relevance;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.index.Reindexer;
import wjw.index.SemanticIndexing;
import wjw.search.LuceneSearchService;
import wjw.search.SimilarStatement;
import wjw.semantic.BruteForceNeighbours;
import wjw.semantic.Embedder;
import wjw.semantic.ReciprocalRankFusion;

/**
 * A measurement, not run by {@code mvn verify} (its name is not *Test): similar statements to a paragraph judged
 * on topic (grade 2), against the judged collections. The other statements with a paragraph judged for the same
 * topic are the relevant ones, graded by their best paragraph. Compares the wording-based finder
 * ({@code /api/statements/{id}/similar?paragraph=}) with the paragraph vectors' nearest statements. Run with
 * {@code mvn test -Dtest=SimilarByTopicExperiment}; docs/semantic.md gives the figures.
 */
class SimilarByTopicExperiment {
  @TempDir Path dir;

  @Test
  void compare() throws Exception {
    try (Embedder model = Embedder.startLoading(2)) {
      String version = new Reindexer(JudgedCollection.SEEDS, dir.resolve("index"))
          .withSemantic(new SemanticIndexing(SemanticIndexing.Choice.ON, () -> model)).run(false).version();
      BruteForceNeighbours vectors = BruteForceNeighbours.open(dir.resolve("index").resolve(version));
      try (LuceneSearchService service = LuceneSearchService.open(dir.resolve("index"))) {
        for (JudgedCollection c : List.of(JudgedCollection.byMeaning(), JudgedCollection.byWords())) {
          double wording = 0;
          double meaning = 0;
          double both = 0;
          int sources = 0;
          int wordingWins = 0;
          int meaningWins = 0;
          for (Topic t : c.topics()) {
            Map<String, Integer> paragraphs = c.paragraphQrels().of(t.id());
            for (Map.Entry<String, Integer> source : paragraphs.entrySet()) {
              if (source.getValue() < 2) {
                continue;
              }
              String statement = ParagraphId.statementOf(source.getKey());
              int paragraph = Integer.parseInt(source.getKey().substring(source.getKey().indexOf('#') + 1)) + 1;
              Map<String, Integer> grades = new HashMap<>();
              paragraphs.forEach((p, g) -> {
                if (!ParagraphId.statementOf(p).equals(statement)) {
                  grades.merge(ParagraphId.statementOf(p), g, Math::max);
                }
              });
              if (grades.isEmpty()) {
                continue;
              }
              List<String> byWording = service.similar(statement, paragraph, 10).orElseThrow().statements().stream()
                  .map(SimilarStatement::id).toList();
              List<String> byMeaning = vectors.similarTo(statement, paragraph, 10);
              List<String> fused = ReciprocalRankFusion.fuse(List.of(service.similar(statement, paragraph, 50)
                  .orElseThrow().statements().stream().map(SimilarStatement::id).toList(),
                  vectors.similarTo(statement, paragraph, 50)), ReciprocalRankFusion.DEFAULT_K);
              both += Measures.ndcgAt(10, fused, grades);
              double w = Measures.ndcgAt(10, byWording, grades);
              double m = Measures.ndcgAt(10, byMeaning, grades);
              wording += w;
              meaning += m;
              wordingWins += w > m + 0.005 ? 1 : 0;
              meaningWins += m > w + 0.005 ? 1 : 0;
              sources++;
            }
          }
          System.out.printf(Locale.ROOT, "topics %s: %d source paragraphs; statement nDCG@10 wording (MoreLikeThis) %.3f,"
                  + " paragraph vectors %.3f, RRF of both %.3f; vectors better on %d, wording better on %d%n", c.name(),
              sources, wording / sources, meaning / sources, both / sources, meaningWins, wordingWins);
        }
      }
    }
  }
}
