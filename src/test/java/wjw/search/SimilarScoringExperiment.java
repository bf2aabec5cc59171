package wjw.search;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.bench.CorpusGenerator;
import wjw.ingest.model.Statement;

/**
 * A measurement, not run by {@code mvn verify} (its name is not *Test): the mean NDCG@10 of similar statements
 * against shared sentences (province names and numbers blanked) for 40 statements of 300 generated pages. Run with
 * {@code mvn test -Dtest=SimilarScoringExperiment}; docs/research.md gives the figures.
 */
class SimilarScoringExperiment {
  @TempDir Path dir;

  @Test
  void compare() throws Exception {
    Path pages = dir.resolve("pages");
    new CorpusGenerator(SeedIndex.SEEDS, 3).write(pages, 300);
    try (LuceneSearchService service = SeedIndex.build(pages, dir.resolve("index"))) {
      Map<String, Statement> all = SeedIndex.statements(pages).stream().collect(Collectors.toMap(Statement::id, s -> s));
      List<Statement> sources = all.values().stream().sorted(Comparator.comparing(Statement::id)).filter(s -> s.id().hashCode() % 7 == 0).limit(40).toList();
      double sum = 0;
      for (Statement src : sources) {
        SimilarStatements r = service.similar(src.id(), null, 10).orElseThrow();
        List<Integer> got = r.statements().stream().map(s -> SimilarStatementsTest.shared(src, all.get(s.id()))).toList();
        List<Integer> ideal = all.values().stream().filter(s -> !s.id().equals(src.id())).map(s -> SimilarStatementsTest.shared(src, s))
            .sorted(Comparator.reverseOrder()).limit(10).toList();
        sum += ndcg(got, ideal);
      }
      System.out.printf("similar statements: mean NDCG@10 over %d sources = %.3f%n", sources.size(), sum / sources.size());
    }
  }

  static double ndcg(List<Integer> got, List<Integer> ideal) {
    double dcg = 0, idcg = 0;
    for (int i = 0; i < got.size(); i++) dcg += (Math.pow(2, got.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    for (int i = 0; i < ideal.size(); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    return idcg == 0 ? 1 : dcg / idcg;
  }
}
