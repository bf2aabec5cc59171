package wjw.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;
import wjw.bench.CorpusGenerator;
import wjw.index.Fields;
import wjw.index.IndexAnalyzers;
import wjw.ingest.Segmenter;
import wjw.ingest.model.Article;
import wjw.ingest.model.Official;
import wjw.ingest.model.Statement;

/**
 * The OpenSearch index analyses every field exactly as the embedded index does: for the seeds' lines,
 * generated pages, odd inputs and the real field values of the seeds' statements, OpenSearch's
 * {@code _analyze} on each field of the index gives the same terms, positions, offsets, token types and
 * position lengths as Lucene writes with {@link IndexAnalyzers}, values of multi-valued fields included.
 */
class AnalysisEquivalenceTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final long GENERATOR_SEED = 20_261_126L;
  private static final int GENERATED_PAGES = 60;

  /** Values per {@code _analyze} request are bounded so no request nears OpenSearch's 10,000-token limit. */
  private static final int CHARS_PER_REQUEST = 2_500;

  /** Full-width and half-width forms, scripts, emoji, punctuation and edge cases the tokenizer treats specially. */
  static final List<String> ODD_INPUTS = List.of(
      "ＡＢＣｄｅｆ　ＷＨＯ世卫组织", "２０２６年１２月３１日", "ｶﾀｶﾅとﾊﾝｶｸ", "COVID-19疫情防控", "5G+医疗健康",
      "H7N9禽流感", "www.nhc.gov.cn", "e-mail: wjw@nhc.gov.cn", "增长3.14%，投入1,000万元", "第1季度Q1",
      "……——“引号”『括号』【方括号】《书名》", "😀👍🏻🇨🇳健康", "👨‍👩‍👧家庭医生", "대한민국 보건복지부",
      "ひらがなとカタカナ", "東京都の健康政策", "衛生健康委員會", "é é", "Ωμέγα Привет", "İstanbul DİYARBAKIR",
      "STRASSE Straße", "𠀀𠀁𪚥字", "健　康", "第一行\n第二行\t第三", "", "   ", "a".repeat(300) + "超长",
      "Ⅱ期临床①②③", "面积100㎡，体温37℃", "ภาษาไทย", "العربية الصحة", "健\u200B康", "健\u00AD康", "\uFEFF健康",
      "医共体。共体", "钟东波", "ＣＴ、ＭＲＩ检查", "ｗｗｗ．ｎｈｃ．ｇｏｖ．ｃｎ", "１２３４５６", "AbC 한국어カタカナ😀",
      "推進醫共體建設，衛生健康委員會", "臺灣、後來、頭髮", "鵏鵟齯（折成擴展區的簡化字）", "著名、顯著、乾部");

  private static final Analyzer EMBEDDED = IndexAnalyzers.create();
  private static final Map<String, long[]> COMPARED = new TreeMap<>();
  private static ClusterConnection cluster;
  private static String index;

  @BeforeAll
  static void createIndex() throws IOException {
    cluster = TestCluster.connect();
    index = TestCluster.uniqueIndex("analysis");
    StatementIndex.create(cluster, index, 1, 0);
  }

  @AfterAll
  static void dropIndex() {
    COMPARED.forEach((field, counts) -> System.out.printf(Locale.ROOT,
        "analysis equivalence: %-12s %,7d values, %,9d tokens identical in OpenSearch and Lucene%n", field, counts[0], counts[1]));
    TestCluster.deleteIndex(cluster, index);
    TestCluster.close(cluster);
  }

  @Test
  void everySeedLineIsAnalysedAlikeInEveryTextField() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path seed : seeds()) {
      lines.addAll(nonBlankLines(Files.readString(seed, StandardCharsets.UTF_8)));
    }
    assertTrue(lines.size() > 100, "the seeds have " + lines.size() + " lines");
    for (String field : textFields()) {
      compare(field, lines);
    }
  }

  @Test
  void generatedPagesAreAnalysedAlikeInEveryTextField() {
    CorpusGenerator generator = new CorpusGenerator(SEEDS, GENERATOR_SEED);
    Set<String> lines = new LinkedHashSet<>();
    for (int n = 1; n <= GENERATED_PAGES; n++) {
      lines.addAll(nonBlankLines(generator.page(n).text()));
    }
    for (String field : textFields()) {
      compare(field, List.copyOf(lines));
    }
  }

  @Test
  void oddInputsAreAnalysedAlikeInEveryTextField() {
    for (String field : textFields()) {
      compare(field, ODD_INPUTS);
      for (String odd : ODD_INPUTS) {
        compare(field, List.of(odd)); // alone too, so no difference hides behind a neighbour's offsets
      }
    }
  }

  /** Each statement of the seeds as the index sees it: its real values, several per field where it has several. */
  @Test
  void theSeedStatementsFieldValuesAreAnalysedAlike() throws IOException {
    List<Statement> statements = new ArrayList<>();
    List<String> headlines = new ArrayList<>();
    Segmenter segmenter = new Segmenter();
    for (Path seed : seeds()) {
      Article article = segmenter.segment(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
      statements.addAll(article.statements());
      if (article.headline() != null) {
        headlines.add(article.headline());
      }
    }
    assertTrue(statements.size() >= 10, "the seeds give " + statements.size() + " statements");
    compare(Fields.HEADLINE, headlines);
    for (Statement statement : statements) {
      List<String> names = statement.officials().stream().map(Official::name).toList();
      List<String> titles = statement.officials().stream().map(Official::title)
          .filter(t -> t != null && !t.isEmpty()).toList();
      compare(Fields.TEXT, List.of(statement.text()));
      compare(Fields.TEXT_WORDS, List.of(statement.text()));
      compare(Fields.TITLE, titles);
      Stream.of(statement.organization()).filter(Objects::nonNull).forEach(o -> compare(Fields.ORGANIZATION, List.of(o)));
      List<String> any = new ArrayList<>();
      Stream.of(statement.province(), statement.organization()).filter(Objects::nonNull).forEach(any::add);
      any.addAll(names);
      any.addAll(titles);
      any.add(statement.text());
      compare(Fields.ANY, any);
      for (String name : names) {
        compareKeyword(Fields.OFFICIAL, name);
      }
      if (statement.province() != null) {
        compareKeyword(Fields.PROVINCE, statement.province());
      }
    }
  }

  @Test
  void keywordFieldsIndexTheWholeValueAsOneTerm() {
    for (String field : List.of(Fields.ID, Fields.PROVINCE, Fields.OFFICIAL)) {
      for (String value : List.of("北京市", "钟东波", "ＡＢＣ Mixed 한국어", "a b  c", "😀")) {
        compareKeyword(field, value);
      }
    }
  }

  /** The mapping's analysed fields, read from the index body itself so a new field cannot escape the test. */
  static List<String> textFields() {
    List<String> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : StatementIndex.mappings().get("properties").properties()) {
      JsonNode mapped = property.getValue();
      // a dimension's value field indexes the whole value as one term: compared by compareKeyword
      if ("text".equals(mapped.path("type").asText())
          && !StatementIndex.VALUE_ANALYZER.equals(mapped.path("analyzer").asText())) {
        fields.add(property.getKey());
      }
    }
    assertEquals(Set.of(Fields.HEADLINE, Fields.ORGANIZATION, Fields.TITLE, Fields.TEXT, Fields.TEXT_WORDS, Fields.ANY),
        Set.copyOf(fields));
    return fields;
  }

  /** Values in batches, each batch one multi-valued {@code _analyze} request against the embedded tokens. */
  private static void compare(String field, List<String> values) {
    List<String> batch = new ArrayList<>();
    int chars = 0;
    for (String value : values) {
      if (!batch.isEmpty() && chars + value.length() > CHARS_PER_REQUEST) {
        compareBatch(field, batch);
        batch = new ArrayList<>();
        chars = 0;
      }
      batch.add(value);
      chars += value.length();
    }
    if (!batch.isEmpty()) {
      compareBatch(field, batch);
    }
  }

  private static void compareBatch(String field, List<String> values) {
    List<IndexedTokens> embedded = IndexedTokens.of(EMBEDDED, field, values);
    List<IndexedTokens> opensearch = analyze(field, values);
    if (embedded.equals(opensearch)) {
      COMPARED.merge(field, new long[] {values.size(), embedded.size()}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      return;
    }
    StringBuilder report = new StringBuilder("field " + field + " analyses differently in OpenSearch:");
    int shown = 0;
    for (String value : values) {
      List<IndexedTokens> alone = IndexedTokens.of(EMBEDDED, field, List.of(value));
      List<IndexedTokens> there = analyze(field, List.of(value));
      if (!alone.equals(there) && shown++ < 5) {
        report.append("\n  value ").append(quote(value)).append("\n    embedded:   ").append(alone)
            .append("\n    opensearch: ").append(there);
      }
    }
    if (shown == 0) {
      int first = 0;
      while (first < Math.min(embedded.size(), opensearch.size()) && embedded.get(first).equals(opensearch.get(first))) {
        first++;
      }
      int from = Math.max(0, first - 2);
      report.append(" each value alone is alike, so the gap between values differs; from token ").append(from)
          .append(":\n    embedded:   ").append(embedded.subList(from, Math.min(embedded.size(), first + 3)))
          .append("\n    opensearch: ").append(opensearch.subList(from, Math.min(opensearch.size(), first + 3)));
    }
    throw new AssertionError(report.toString());
  }

  private static void compareKeyword(String field, String value) {
    List<IndexedTokens> there = analyze(field, List.of(value));
    assertEquals(1, there.size(), field + " " + quote(value) + ": " + there);
    assertEquals(value, there.get(0).term(), field + " indexes the value as it is");
    assertEquals(0, there.get(0).position());
    assertEquals(0, there.get(0).start());
    assertEquals(value.length(), there.get(0).end());
  }

  private static List<IndexedTokens> analyze(String field, List<String> values) {
    try {
      List<AnalyzeToken> tokens = cluster.client().indices()
          .analyze(a -> a.index(index).field(field).text(values)).tokens();
      return tokens.stream().map(t -> new IndexedTokens(t.token(), t.position(), t.startOffset(), t.endOffset(),
          t.type(), t.positionLength() == null ? 1 : t.positionLength())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      assertFalse(seeds.isEmpty(), "no seeds/*.txt");
      return seeds;
    }
  }

  private static List<String> nonBlankLines(String text) {
    return text.lines().filter(line -> !line.isBlank()).toList();
  }

  private static String quote(String value) {
    return "\"" + value.replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
