package wjw.bench;

import java.util.ArrayList;
import java.util.List;
import wjw.index.Dimensions;
import wjw.search.FacetValue;
import wjw.search.SearchRequest;
import wjw.search.SearchResult;
import wjw.search.SearchService;

/**
 * The fixed query mix of the search figures, 43 queries sent round-robin, each asking for 10 hits
 * with highlights, the three facets and an exact total:
 * <ul>
 *   <li>word: 托育, 医共体, 医养, 中医药, 传染病, 医保, 改革, 中医, 健康 (the commonest: most matches)</li>
 *   <li>name: the three officials with most statements, as plain text queries</li>
 *   <li>term (4–8 characters): 人工智能, 健康中国, 一老一小, 分级诊疗, 生育支持, 公立医院改革, 基层医疗卫生,
 *       紧密型县域医共体, 医疗卫生强基工程</li>
 *   <li>phrase: "健康中国", "人工智能", "医疗服务", "紧密型县域医共体"</li>
 *   <li>boolean: 托育 AND 医共体, 托育 OR 医养, 医共体 -托育, 中医药 NOT 传染病, (托育 OR 医养) AND 改革,
 *       托育 医共体</li>
 *   <li>filter: province:P 托育 (in the query), 医共体 with the province filter, 托育 with the year filter,
 *       year:[2024 TO 2026] 人工智能, official:N, 改革 with the official filter</li>
 *   <li>browse (no query, filters only): province, year, official, and nothing at all</li>
 *   <li>deep: 健康 and the unfiltered browse at from=9900 (the deepest page allowed)</li>
 * </ul>
 * P, N and the year are the corpus's most frequent province, official and year, read from the
 * facets of one browse so the mix fits whatever corpus was generated.
 */
public final class QueryMix {
  private QueryMix() {}

  static final int DEEP_FROM = 9_900;

  public static List<BenchQuery> build(SearchService service) {
    SearchResult all = service.search(SearchRequest.of(""));
    List<String> officials = top(all.facets().of(Dimensions.OFFICIAL), 3, "钟东波");
    String official = officials.get(0);
    String province = top(all.facets().of(Dimensions.PROVINCE), 1, "北京市").get(0);
    int year = Integer.parseInt(top(all.facets().of(Dimensions.YEAR), 1, "2026").get(0));

    List<BenchQuery> mix = new ArrayList<>();
    for (String q : List.of("托育", "医共体", "医养", "中医药", "传染病", "医保", "改革", "中医", "健康")) {
      mix.add(query("word", q));
    }
    for (String name : officials) {
      mix.add(query("name", name));
    }
    for (String q : List.of("人工智能", "健康中国", "一老一小", "分级诊疗", "生育支持", "公立医院改革", "基层医疗卫生",
        "紧密型县域医共体", "医疗卫生强基工程")) {
      mix.add(query("term", q));
    }
    for (String q : List.of("\"健康中国\"", "\"人工智能\"", "\"医疗服务\"", "\"紧密型县域医共体\"")) {
      mix.add(query("phrase", q));
    }
    for (String q : List.of("托育 AND 医共体", "托育 OR 医养", "医共体 -托育", "中医药 NOT 传染病", "(托育 OR 医养) AND 改革",
        "托育 医共体")) {
      mix.add(query("boolean", q));
    }
    mix.add(query("filter", "province:" + province + " 托育"));
    mix.add(new BenchQuery("filter", SearchRequest.of("医共体").withFilter(Dimensions.PROVINCE, province)));
    mix.add(new BenchQuery("filter", SearchRequest.of("托育").withFilter(Dimensions.YEAR, year)));
    mix.add(query("filter", "year:[2024 TO 2026] 人工智能"));
    mix.add(query("filter", "official:" + official));
    mix.add(new BenchQuery("filter", SearchRequest.of("改革").withFilter(Dimensions.OFFICIAL, official)));
    mix.add(new BenchQuery("browse", SearchRequest.of("").withFilter(Dimensions.PROVINCE, province)));
    mix.add(new BenchQuery("browse", SearchRequest.of("").withFilter(Dimensions.YEAR, year)));
    mix.add(new BenchQuery("browse", SearchRequest.of("").withFilter(Dimensions.OFFICIAL, official)));
    mix.add(query("browse", ""));
    mix.add(new BenchQuery("deep", SearchRequest.of("健康").withPage(DEEP_FROM, SearchRequest.DEFAULT_SIZE)));
    mix.add(new BenchQuery("deep", SearchRequest.of("").withPage(DEEP_FROM, SearchRequest.DEFAULT_SIZE)));
    return List.copyOf(mix);
  }

  private static BenchQuery query(String kind, String q) {
    return new BenchQuery(kind, SearchRequest.of(q));
  }

  /** The {@code n} most frequent facet values, padded with {@code fallback} on a corpus without them. */
  private static List<String> top(List<FacetValue> values, int n, String fallback) {
    List<String> top = new ArrayList<>(values.stream().limit(n).map(FacetValue::value).toList());
    while (top.size() < n) {
      top.add(fallback);
    }
    return top;
  }
}
