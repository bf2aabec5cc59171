package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wjw.ingest.model.Statement;

/**
 * What a clumsy query means (issue 11): a clause with nothing searchable in it is left out and
 * reported, never zeroing an AND; fuzzy words match only Latin and number terms, never Chinese,
 * with no more edits than the word's length allows. Over the seeds plus a page with Latin words.
 */
class QuerySemanticsTest {
  @TempDir static Path dir;
  static LuceneSearchService service;
  static List<Statement> statements;

  @BeforeAll
  static void index() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    for (Path seed : Files.list(SeedIndex.SEEDS).filter(p -> p.toString().endsWith(".txt")).toList()) {
      Files.copy(seed, seeds.resolve(seed.getFileName()));
    }
    SeedIndex.page(seeds, "latin.txt", """
        迈入2025年，各地卫生健康系统继续努力。

        广东省卫生健康委主任 黄测试

        我们要推进HPV疫苗接种，建设5G远程会诊网络，让托育服务覆盖更多家庭。
        """);
    service = SeedIndex.build(seeds, dir.resolve("index"));
    statements = SeedIndex.statements(seeds);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResult search(String q) {
    return service.search(new SearchRequest(q, null, null, null, 0, 100));
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"托育 ，", "托育 。", "托育 ， 。 ？", "托育 AND ，", "+托育 +，", "托育 \"，\"", "托育 title:，",
      "托育 (， 。)", "托育 -，"})
  void aClauseWithNothingSearchableIsLeftOutAndReported(String q) {
    SearchResult plain = search("托育");
    assertTrue(plain.total() >= 3, "the seeds hold 托育: " + plain.total());
    SearchResult withPunctuation = search(q);
    assertEquals(plain.total(), withPunctuation.total(), q);
    assertEquals(ids(plain), ids(withPunctuation), q);
    assertFalse(withPunctuation.ignoredClauses().isEmpty(), q);
    assertTrue(withPunctuation.ignoredClauses().stream().allMatch(c -> c.matches("[，。？]")), q + " -> "
        + withPunctuation.ignoredClauses());
    assertEquals(List.of(), plain.ignoredClauses());
  }

  @Test
  void punctuationInsideAClauseIsPartOfItsLiteralText() {
    assertEquals(ids(search("托育")), ids(search("，托育")));
    assertEquals(List.of(), search("，托育").ignoredClauses());
  }

  @Test
  void aQueryOfPunctuationAloneFindsNothingAndSaysWhy() {
    SearchResult r = search("， 。");
    assertEquals(0, r.total());
    assertEquals(List.of("，", "。"), r.ignoredClauses());
  }

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  /** Every marked passage of every hit: a fuzzy or wildcard match must never mark a Chinese character. */
  private static List<String> marked(SearchResult r) {
    return r.hits().stream().flatMap(h -> h.highlights().stream()).flatMap(p -> {
      Matcher m = MARK.matcher(p);
      java.util.List<String> out = new java.util.ArrayList<>();
      while (m.find()) out.add(m.group(1));
      return out.stream();
    }).toList();
  }

  @Test
  void aTwoLetterFuzzyWordMatchesNoChineseText() {
    // before: two edits turned "ab" into every Chinese bigram and character (all 15 seed statements)
    assertEquals(0, search("ab~2").total());
    assertEquals(0, search("ab~").total());
    assertEquals(0, search("ab~1").total());
  }

  @Test
  void fuzzyWordsMatchLatinTermsAndMarkOnlyThem() {
    long hpv = statements.stream().filter(s -> s.text().contains("HPV")).count();
    assertEquals(1, hpv);
    for (String q : List.of("hpx~1", "hpvv~", "HPX~2", "hpv~")) {
      SearchResult r = search(q);
      assertEquals(hpv, r.total(), q);
      List<String> marks = marked(r);
      assertFalse(marks.isEmpty(), q);
      assertTrue(marks.stream().allMatch(m -> m.equalsIgnoreCase("hpv")), q + " marked " + marks);
    }
    assertEquals(0, search("hxx~1").total(), "two edits away, and a three-letter word allows one");
  }

  @Test
  void fuzzyAndWildcardsOnChineseOrOtherScriptsAreRefusedWithAReason() {
    assertTrue(refusal("医共体~1").contains("not supported for Chinese text"));
    assertTrue(refusal("αβγ~1").contains("Latin letters and digits"));
    assertTrue(refusal("医*体").contains("wildcards inside Chinese"));
  }

  private static String refusal(String q) {
    QueryRejectedException e = assertThrows(QueryRejectedException.class, () -> search(q));
    assertEquals("q", e.parameter());
    return e.getMessage();
  }

  @Test
  void wildcardsExpandToLatinTermsAndMarkOnlyThem() {
    SearchResult r = search("hp*");
    assertEquals(1, r.total());
    assertEquals(List.of("HPV"), marked(r).stream().distinct().toList());
    SearchResult five = search("5?");
    assertTrue(five.total() >= search("5g").total(), "5? matches the term 5g, and 50 …");
    assertTrue(marked(five).stream().allMatch(m -> m.matches("5[0-9A-Za-z]")), "never a Chinese character: " + marked(five));
  }

  @Test
  void aFloodOfFuzzyAndWildcardWordsIsAnsweredQuickly() {
    String flood = String.join(" ", java.util.stream.IntStream.range(0, 26 * 26)
        .mapToObj(i -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "~").toList()).substring(0, 999);
    long started = System.nanoTime();
    SearchResult r = search(flood);
    assertEquals(0, r.total());
    assertFalse(r.partial());
    // generous: the point is that it is not the 3.7–15 s it took when each word expanded into Chinese
    assertTrue((System.nanoTime() - started) / 1e9 < 5, "seconds: " + (System.nanoTime() - started) / 1e9);
  }
}
