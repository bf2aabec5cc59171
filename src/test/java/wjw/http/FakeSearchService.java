package wjw.http;

import wjw.index.Dimensions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Official;
import wjw.search.ArticleRef;
import wjw.search.ArticlePage;
import wjw.search.RequestLimits;
import wjw.search.FacetValue;
import wjw.search.Facets;
import wjw.search.Hit;
import wjw.search.IndexInfo;
import wjw.search.OfficialView;
import wjw.search.ParagraphView;
import wjw.search.QueryRejectedException;
import wjw.search.SearchRequest;
import wjw.search.SearchResult;
import wjw.search.SearchService;
import wjw.search.StatementView;

/** A tiny in-memory SearchService (substring matching) for handler tests that need no index. */
class FakeSearchService implements SearchService {
  record Doc(String id, int year, String province, Official official, String text) {}

  static final ArticleRef ARTICLE = new ArticleRef("a1", "谋新篇 开新局", 2026);
  final List<Doc> docs = List.of(
      new Doc("a1-s1", 2026, "北京市", new Official("钟东波", "党委书记"), "推进托育服务体系建设。\n加强<科学>育儿指导。"),
      new Doc("a1-s2", 2026, "上海市", new Official("闻大翔", "主任"), "发展普惠托育。\n推进医养结合。"),
      new Doc("a1-s3", 2025, "江苏省", new Official("谭颖", "主任"), "完善公共卫生服务。"));

  @Override
  public java.time.Duration timeLimit() {
    return java.time.Duration.ofSeconds(5);
  }

  @Override
  public SearchResult search(SearchRequest r, wjw.search.Deadline deadline) {
    return search(r);
  }

  @Override
  public SearchResult search(SearchRequest r) {
    if (r.query().contains("(")) {
      throw new QueryRejectedException("q", "unbalanced parenthesis at position " + r.query().indexOf('('));
    }
    List<String> terms = r.query().isBlank() ? List.of() : List.of(r.query().split("\\s+"));
    List<Doc> matches = docs.stream()
        .filter(d -> terms.stream().allMatch(d.text()::contains))
        .filter(d -> r.filter(Dimensions.PROVINCE) == null || r.filter(Dimensions.PROVINCE).equals(d.province()))
        .filter(d -> r.filter(Dimensions.YEAR) == null || r.filter(Dimensions.YEAR).equals(String.valueOf(d.year())))
        .filter(d -> r.filter(Dimensions.OFFICIAL) == null || r.filter(Dimensions.OFFICIAL).equals(d.official().name()))
        .sorted(Comparator.comparingInt(Doc::year).reversed())
        .toList();
    List<Hit> hits = matches.stream().skip(r.from()).limit(r.size())
        .map(d -> new Hit(d.id(), 1f, d.year(), d.province(), d.province() + "卫生健康委", List.of(d.official()), ARTICLE,
            List.of(highlight(d.text(), terms))))
        .toList();
    Facets facets = new Facets(Map.of(Dimensions.PROVINCE.name(), count(matches, Doc::province),
        Dimensions.YEAR.name(), count(matches, d -> String.valueOf(d.year())),
        Dimensions.OFFICIAL.name(), count(matches, d -> d.official().name())));
    return new SearchResult(r.query(), matches.size(), 1, r.from(), r.size(), hits, facets, false, null, List.of(), Map.of());
  }

  private static List<FacetValue> count(List<Doc> docs, Function<Doc, String> key) {
    Map<String, Long> counts = docs.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
  }

  static String highlight(String text, List<String> terms) {
    String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    for (String t : terms) {
      html = html.replace(t, "<mark>" + t + "</mark>");
    }
    return html;
  }

  @Override
  public Optional<StatementView> statement(String id, String query, wjw.search.Deadline deadline) {
    SearchRequest.of(query); // as the service does: the query is read as a request, which checks it
    List<String> terms = query == null ? List.of() : List.of(query.split("\\s+"));
    return docs.stream().filter(d -> d.id().equals(id)).findFirst().map(d -> {
      List<ParagraphView> paragraphs = new ArrayList<>();
      int line = 10;
      for (String p : d.text().split("\n")) {
        paragraphs.add(new ParagraphView(p, List.of(line++), highlight(p, terms), wjw.ingest.model.Attribution.positional()));
      }
      return new StatementView(d.id(), d.year(), d.province(), d.province() + "卫生健康委", List.of(d.official()), ARTICLE,
          d.text(), paragraphs);
    });
  }

  @Override
  public ArticlePage articles(int from, int size) {
    RequestLimits.checkArticlePage(from, size);
    List<ArticleSummary> all = all();
    return new ArticlePage(all.size(), from, all.subList(Math.min(from, all.size()), Math.min(from + size, all.size())));
  }

  private List<ArticleSummary> all() {
    return List.of(new ArticleSummary("a1", "a1.txt", ARTICLE.headline(), 2026, null, "步入2026年……", List.of("记者甲"),
        docs.stream().map(d -> new ArticleSummary.StatementSummary(d.id(), d.province(), List.of(d.official()))).toList()));
  }

  @Override
  public Optional<ArticleSummary> article(String id) {
    return all().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  @Override
  public List<OfficialView> officials() {
    return docs.stream().map(d -> new OfficialView(d.official().name(), List.of(d.official().title()),
        List.of(d.province()), List.of(d.year()), 1)).toList();
  }

  @Override
  public IndexInfo info() {
    return new IndexInfo("gen-1", "2026-01-01T00:00:00Z", 1, docs.size());
  }

  @Override
  public void refresh() {}

  @Override
  public void close() {}
}
