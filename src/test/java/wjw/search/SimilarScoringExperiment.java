package wjw.search;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.bench.CorpusGenerator;
import wjw.index.Reindexer;
import wjw.index.SemanticIndexing;
import wjw.semantic.BruteForceNeighbours;
import wjw.semantic.Embedder;
import wjw.semantic.ReciprocalRankFusion;
import wjw.ingest.model.Statement;

/**
 * A measurement, not run by {@code mvn verify} (its name is not *Test): the mean NDCG@10 of similar statements
 * against shared sentences (province names and numbers blanked) for 40 statements of 300 generated pages. Run with
 * {@code mvn test -Dtest=SimilarScoringExperiment}; docs/research.md gives the figures.
 */
class SimilarScoringExperiment {
  @TempDir Path dir;

  /**
   * Also compares the paragraph vectors' nearest statements (exact cosine, {@link BruteForceNeighbours}) on the
   * same sources: with {@code -Dwjw.vectors=DIR} the corpus is indexed with vectors, the embedding cache kept in
   * DIR across runs (docs/semantic.md gives both figures).
   */
  @Test
  void compare() throws Exception {
    Path pages = dir.resolve("pages");
    new CorpusGenerator(SeedIndex.SEEDS, 3).write(pages, 300);
    String vectorsDir = System.getProperty("wjw.vectors");
    Path index = vectorsDir == null ? dir.resolve("index") : Path.of(vectorsDir);
    Embedder model = vectorsDir == null ? null : Embedder.startLoading();
    Reindexer reindexer = new Reindexer(pages, index);
    String version = (model == null ? reindexer
        : reindexer.withSemantic(new SemanticIndexing(SemanticIndexing.Choice.ON, () -> model))).run(false).version();
    BruteForceNeighbours vectors = model == null ? null : BruteForceNeighbours.open(index.resolve(version));
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      Map<String, Statement> all = SeedIndex.statements(pages).stream().collect(Collectors.toMap(Statement::id, s -> s));
      List<Statement> sources = all.values().stream().sorted(Comparator.comparing(Statement::id)).filter(s -> s.id().hashCode() % 7 == 0).limit(40).toList();
      double sum = 0;
      double vectorSum = 0;
      double fusedSum = 0;
      for (Statement src : sources) {
        SimilarStatements r = service.similar(src.id(), null, 10).orElseThrow();
        List<Integer> got = r.statements().stream().map(s -> SimilarStatementsTest.shared(src, all.get(s.id()))).toList();
        List<Integer> ideal = all.values().stream().filter(s -> !s.id().equals(src.id())).map(s -> SimilarStatementsTest.shared(src, s))
            .sorted(Comparator.reverseOrder()).limit(10).toList();
        sum += ndcg(got, ideal);
        if (vectors != null) {
          vectorSum += ndcg(vectors.similarTo(src.id(), null, 10).stream()
              .map(id -> SimilarStatementsTest.shared(src, all.get(id))).toList(), ideal);
          List<String> wording = service.similar(src.id(), null, 50).orElseThrow().statements().stream()
              .map(SimilarStatement::id).toList();
          List<String> fused = ReciprocalRankFusion.fuse(List.of(wording, vectors.similarTo(src.id(), null, 50)),
              ReciprocalRankFusion.DEFAULT_K);
          fusedSum += ndcg(fused.subList(0, Math.min(10, fused.size())).stream()
              .map(id -> SimilarStatementsTest.shared(src, all.get(id))).toList(), ideal);
        }
      }
      System.out.printf("similar statements: mean NDCG@10 over %d sources = %.3f%n", sources.size(), sum / sources.size());
      if (vectors != null) {
        System.out.printf("paragraph vectors' nearest statements: mean NDCG@10 over %d sources = %.3f%n", sources.size(),
            vectorSum / sources.size());
        System.out.printf("RRF of both (top 50 each): mean NDCG@10 over %d sources = %.3f%n", sources.size(),
            fusedSum / sources.size());
        model.close();
      }
    }
  }

  static double ndcg(List<Integer> got, List<Integer> ideal) {
    double dcg = 0, idcg = 0;
    for (int i = 0; i < got.size(); i++) dcg += (Math.pow(2, got.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    for (int i = 0; i < ideal.size(); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    return idcg == 0 ? 1 : dcg / idcg;
  }
}
