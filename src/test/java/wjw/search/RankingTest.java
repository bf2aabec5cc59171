package wjw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking on pages built for the purpose: whole words first, denser first, deterministic ties. */
class RankingTest {
  @TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void index() throws Exception {
    Path seeds = dir.resolve("seeds");
    SeedIndex.page(seeds, "a_2025.txt", """
        迈入2025年，各地卫生健康系统继续努力。

        # 排序测试

        河北省卫生健康委主任 甲一明

        大力发展中医事业。

        河南省卫生健康委主任 乙二明

        集中医疗资源力量。

        湖北省卫生健康委主任 丙三明

        托育托育。

        湖南省卫生健康委主任 丁四明

        发展托育服务体系，做好托幼衔接，推进医养结合，建设健康城市，加强基层卫生工作。

        广东省卫生健康委主任 戊五明

        相同的一句话。

        福建省卫生健康委主任 己六明

        相同的一句话。
        """);
    SeedIndex.page(seeds, "b_2023.txt", """
        迈入2023年，各地卫生健康系统继续努力。

        # 排序测试

        海南省卫生健康委主任 庚七明

        相同的一句话。
        """);
    service = SeedIndex.build(seeds, dir.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static List<String> provinces(String query) {
    return service.search(SearchRequest.of(query)).hits().stream().map(Hit::province).toList();
  }

  @Test
  void aWholeSmartcnWordOutranksTheSameCharactersAcrossAWordBoundary() {
    // 大力|发展|中医|事业 versus 集中|医疗|资源|力量: same length, one occurrence each
    assertEquals(List.of("河北省", "河南省"), provinces("中医"));
  }

  @Test
  void moreOccurrencesInAShorterStatementRankHigher() {
    assertEquals(List.of("湖北省", "湖南省"), provinces("托育"));
  }

  @Test
  void tiesBreakByNewerYearThenReadingOrder() {
    SearchResult result = service.search(SearchRequest.of("相同的一句话"));
    assertEquals(List.of("广东省", "福建省", "海南省"), result.hits().stream().map(Hit::province).toList());
    assertEquals(List.of(2025, 2025, 2023), result.hits().stream().map(Hit::year).toList());
    assertEquals(result.hits().get(0).score(), result.hits().get(2).score(), 1e-6, "a real tie");
  }

  @Test
  void scoresAreRealAndDescending() {
    List<Hit> hits = service.search(SearchRequest.of("托育")).hits();
    assertTrue(hits.get(0).score() > hits.get(1).score());
    assertTrue(hits.get(1).score() > 0);
  }
}
