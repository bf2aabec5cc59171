package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import wjw.Backend;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;
import wjw.ingest.text.HanVariants;

/**
 * The product promise: a run of Chinese characters finds every statement that contains it and no
 * other (traditional and simplified forms of a character count as one: {@link HanVariants}). Checked
 * against String.contains over the seeds for thousands of sampled substrings, on both backends.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class LiteralSubstringTest {
  /** The backend of this run of the class (the set-up below receives it). */
  @Parameter Backend backend;

  @TempDir static Path work;
  static Backend.Built index;
  static SearchService service;
  static List<Statement> statements;

  @BeforeParameterizedClassInvocation
  static void index(Backend backend) throws Exception {
    index = backend.build(SeedIndex.SEEDS, work.resolve(backend.name()));
    service = index.service();
    statements = SeedIndex.statements();
  }

  @AfterParameterizedClassInvocation
  static void close() throws Exception {
    if (index != null) {
      index.close();
      index = null;
    }
  }

  @Test
  void sampledSubstringsHaveFullRecallAndPrecision() {
    Random random = new Random(20260101);
    Set<String> queries = sampledSubstrings(statements, random, 3000);
    queries.addAll(probesThatMustNotMatch(random));
    Tally tally = new Tally();
    for (String query : queries) {
      tally.add(query, expected(query), found(query));
    }
    System.out.printf("literal substrings (%s): %d queries, recall %d/%d, precision %d/%d%n", service, queries.size(),
        tally.truePositives, tally.truePositives + tally.falseNegatives, tally.truePositives,
        tally.truePositives + tally.falsePositives);
    assertEquals(List.of(), tally.mismatches, "queries whose hits differ from String.contains");
  }

  @Test
  void everyOfficialsNameFindsExactlyTheirStatements() {
    Set<String> names = new TreeSet<>();
    statements.forEach(s -> s.officials().forEach(o -> names.add(o.name())));
    for (String name : names) {
      assertEquals(expected(name), found(name), name);
    }
  }

  /** {@code count} distinct runs of 1–8 Han characters cut from what an unqualified query searches. */
  static Set<String> sampledSubstrings(List<Statement> statements, Random random, int count) {
    Set<String> queries = new LinkedHashSet<>();
    while (queries.size() < count) {
      Statement s = statements.get(random.nextInt(statements.size()));
      List<String> values = SeedIndex.searchable(s);
      String value = values.get(random.nextInt(values.size()));
      List<String> runs = hanRuns(value);
      if (runs.isEmpty()) continue;
      String run = runs.get(random.nextInt(runs.size()));
      int length = 1 + random.nextInt(Math.min(8, run.length()));
      int start = random.nextInt(run.length() - length + 1);
      queries.add(run.substring(start, start + length));
    }
    return queries;
  }

  /** Strings across a paragraph break, and character pairs in reverse: mostly absent from the corpus. */
  private static List<String> probesThatMustNotMatch(Random random) {
    List<String> probes = new ArrayList<>();
    for (Statement s : statements) {
      List<Paragraph> ps = s.paragraphs();
      for (int i = 1; i < ps.size(); i++) {
        String before = ps.get(i - 1).text();
        String after = ps.get(i).text();
        probes.add(before.substring(Math.max(0, before.length() - 2)) + after.substring(0, Math.min(2, after.length())));
      }
      String text = s.text();
      for (int i = 0; i < 20; i++) {
        int at = random.nextInt(Math.max(1, text.length() - 3));
        probes.add(new StringBuilder(text.substring(at, Math.min(text.length(), at + 3))).reverse().toString());
      }
    }
    return probes.stream().filter(p -> !p.isBlank() && p.codePoints().allMatch(LiteralSubstringTest::isHan)).toList();
  }

  static Set<String> expected(String query) {
    return expected(statements, query);
  }

  /** The statements containing {@code query}, characters compared in their simplified form. */
  static Set<String> expected(List<Statement> statements, String query) {
    String folded = HanVariants.fold(query);
    Set<String> ids = new TreeSet<>();
    for (Statement s : statements) {
      if (SeedIndex.searchable(s).stream().anyMatch(v -> HanVariants.fold(v).contains(folded))) {
        ids.add(s.id());
      }
    }
    return ids;
  }

  static Set<String> found(String query) {
    return found(service, query);
  }

  static Set<String> found(SearchService service, String query) {
    SearchResult result = service.search(new SearchRequest(query, null, null, null, 0, 100));
    Set<String> ids = new TreeSet<>();
    result.hits().forEach(h -> ids.add(h.id()));
    assertEquals(result.total(), ids.size(), "total must equal the hits when all fit on one page: " + query);
    return ids;
  }

  static List<String> hanRuns(String value) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    value.codePoints().forEach(c -> {
      if (isHan(c)) {
        run.appendCodePoint(c);
      } else if (!run.isEmpty()) {
        runs.add(run.toString());
        run.setLength(0);
      }
    });
    if (!run.isEmpty()) runs.add(run.toString());
    return runs;
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static final class Tally {
    long truePositives;
    long falseNegatives;
    long falsePositives;
    final List<String> mismatches = new ArrayList<>();

    void add(String query, Set<String> expected, Set<String> found) {
      Set<String> hit = new HashSet<>(expected);
      hit.retainAll(found);
      truePositives += hit.size();
      falseNegatives += expected.size() - hit.size();
      falsePositives += found.size() - hit.size();
      if (!expected.equals(found)) {
        mismatches.add(query + " expected " + expected + " found " + found);
      }
    }
  }
}
