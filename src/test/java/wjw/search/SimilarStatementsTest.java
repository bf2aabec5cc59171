package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.bench.CorpusGenerator;
import wjw.ingest.ArticleReader;
import wjw.ingest.model.Article;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;

/**
 * Similar statements on generated pages with planted sentences: six sentences no page holds are printed in one
 * statement (the source) and in five others of other pages, nested (5, 4, 3, 2 and 1 of them). The statements that
 * share most sentences with the source — counted over the whole corpus, planted or recombined from the seeds (the
 * generator reuses the seeds' sentences, so two statements often share one or two) — must rank first, in order of
 * how many they share.
 */
class SimilarStatementsTest {
  /** Sentences no seed holds, so only the planted statements share them. */
  static final List<String> PLANTED = List.of(
      "在海岛和边远牧区试点无人机配送急救药品，三十分钟内送达率达到九成。",
      "组建由退休医生组成的银龄巡诊队，每月进村入户开展慢病随访。",
      "推广中医药膳食堂进社区，为高血压患者提供低盐定制餐。",
      "建立罕见病诊疗协作网，实现首诊医院两周内完成专家会诊。",
      "开通夜间儿科互联网门诊，家长线上问诊后可预约次日复诊。",
      "在高原地区推广便携式制氧设备，保障牧民冬季转场途中用氧。");
  /** Page (1-based) and statement (0-based) planted with the first N sentences: the source gets all six. */
  static final int[][] PLANTS = {{1, 0, 6}, {2, 1, 5}, {3, 2, 4}, {4, 0, 3}, {5, 3, 2}, {6, 1, 1}};
  static final int PAGES = 150;

  @TempDir static Path dir;
  static LuceneSearchService service;
  static Map<String, Statement> statements;
  static List<String> planted = new ArrayList<>(); // statement ids, source first

  @BeforeAll
  static void index() throws Exception {
    Path pages = dir.resolve("pages");
    new CorpusGenerator(SeedIndex.SEEDS, 3).write(pages, PAGES);
    for (int[] plant : PLANTS) {
      planted.add(plant(pages.resolve(CorpusGenerator.fileName(plant[0])), plant[1], PLANTED.subList(0, plant[2])));
    }
    service = SeedIndex.build(pages, dir.resolve("index"));
    statements = SeedIndex.statements(pages).stream().collect(Collectors.toMap(Statement::id, s -> s));
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  /** Prints the sentences as a paragraph of their own after the statement's last line; returns its id. */
  static String plant(Path page, int statement, List<String> sentences) throws Exception {
    Statement target = new ArticleReader().read(page).article().statements().get(statement);
    int last = target.paragraphs().stream().flatMap(p -> p.lines().stream()).mapToInt(Integer::intValue).max().orElseThrow();
    List<String> lines = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
    lines.addAll(last, List.of("", String.join("", sentences), ""));
    Files.write(page, lines, StandardCharsets.UTF_8);
    Article reread = new ArticleReader().read(page).article();
    Statement after = reread.statements().get(statement);
    assertEquals(target.id(), after.id());
    assertTrue(after.text().contains(String.join("", sentences)), "planted in " + target.id());
    return target.id();
  }

  /**
   * The statement's sentences (split after 。！？；), each with province names and numbers blanked: the generator
   * retargets a seed sentence to the page's province and year, and the same sentence said by another province is
   * exactly what "who else said this" is for.
   */
  static Set<String> sentences(Statement s) {
    Set<String> out = new HashSet<>();
    for (Paragraph p : s.paragraphs()) {
      for (String sentence : p.text().split("(?<=[。！？；])")) {
        if (sentence.strip().length() >= 8) {
          out.add(PLACES.matcher(sentence.strip()).replaceAll("□").replaceAll("[0-9]+", "0"));
        }
      }
    }
    return out;
  }

  /** Every province's full and short name, longest first. */
  static final java.util.regex.Pattern PLACES = java.util.regex.Pattern.compile(wjw.ingest.places.Provinces.all().stream()
      .flatMap(p -> java.util.stream.Stream.of(p.name(), p.shortName()))
      .sorted(java.util.Comparator.comparingInt(String::length).reversed())
      .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|")));

  static int shared(Statement a, Statement b) {
    Set<String> common = new HashSet<>(sentences(a));
    common.retainAll(sentences(b));
    return common.size();
  }

  @Test
  void theStatementsSharingMostSentencesRankFirstInOrderOfHowManyTheyShare() {
    Statement source = statements.get(planted.get(0));
    SimilarStatements result = service.similar(source.id(), null, 10).orElseThrow();
    List<Integer> shares = result.statements().stream().map(s -> shared(source, statements.get(s.id()))).toList();
    List<Integer> truth = statements.values().stream().filter(s -> !s.id().equals(source.id()))
        .map(s -> shared(source, s)).sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
    System.out.printf("similar to %s: sentences shared by the top 10 %s; the 10 most sharing in the corpus %s%n",
        source.id(), shares, truth);
    System.out.println("  similarity " + result.statements().stream().map(s -> String.valueOf(s.similarity())).toList());
    assertEquals(truth, shares, "the ten listed share as many sentences as the ten most sharing, in that order");
    assertEquals(planted.subList(1, 5), result.statements().subList(0, 4).stream().map(SimilarStatement::id).toList(),
        "the planted statements sharing 5, 4, 3 and 2 (+1 recombined) sentences come first, in that order");
    for (int i = 1; i < 5; i++) {
      assertTrue(result.statements().get(i - 1).similarity() > result.statements().get(i).similarity());
    }
  }

  @Test
  void sharedWordsAreListedAndMarkedInTheSimilarStatementsSentences() {
    SimilarStatements result = service.similar(planted.get(0), null, 5).orElseThrow();
    SimilarStatement closest = result.statements().get(0);
    assertTrue(closest.sharedWords().containsAll(List.of("无人机", "巡诊", "高血压")), closest.sharedWords().toString());
    assertFalse(closest.sharedWords().contains("制氧"), "only the source holds the sixth sentence");
    assertTrue(closest.highlights().stream().anyMatch(h -> h.matches(".*<mark>[^<]*无人机[^<]*</mark>.*")),
        closest.highlights().toString());
    Set<String> words = result.words().stream().map(SimilarStatements.Word::word).collect(Collectors.toSet());
    assertTrue(words.containsAll(closest.sharedWords()));
    assertTrue(closest.similarity() > 0 && closest.similarity() <= 1);
  }

  @Test
  void perParagraphWhoElseSaidThisFindsThePlantedStatementsFirst() {
    Statement source = statements.get(planted.get(0));
    int paragraph = 1 + indexOf(source, PLANTED.get(0));
    SimilarStatements result = service.similar(source.id(), paragraph, 5).orElseThrow();
    assertEquals(paragraph, result.paragraph());
    assertEquals(planted.subList(1, 6), result.statements().stream().map(SimilarStatement::id).toList(),
        "only the planted statements hold these words: all five, most sentences first");
    assertTrue(result.words().stream().allMatch(w -> String.join("", PLANTED).contains(w.word())),
        "a paragraph's distinctive words come from that paragraph: " + result.words());
  }

  @Test
  void aParagraphOutOfRangeIsRefusedNamingTheParameter() {
    Statement source = statements.get(planted.get(0));
    QueryRejectedException e = assertThrows(QueryRejectedException.class,
        () -> service.similar(source.id(), source.paragraphs().size() + 1, 5));
    assertEquals("paragraph", e.parameter());
    assertEquals("size", assertThrows(QueryRejectedException.class, () -> service.similar(source.id(), null, 51)).parameter());
    assertTrue(service.similar("no-such-statement", null, 5).isEmpty());
  }

  private static int indexOf(Statement s, String text) {
    for (int i = 0; i < s.paragraphs().size(); i++) {
      if (s.paragraphs().get(i).text().contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not in " + s.id());
  }

}
