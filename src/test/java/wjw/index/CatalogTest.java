package wjw.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Official;

/** The catalog gives back the article summaries a reindex wrote, also those of generations built by earlier versions. */
class CatalogTest {
  private static final ArticleSummary ARTICLE = new ArticleSummary("a1", "a1.txt", "谋新篇 开新局", 2026, null, "步入2026年……",
      List.of("记者甲"), List.of(new ArticleSummary.StatementSummary("a1-1", "山西省",
          List.of(new Official("张波", "党组书记、主任")))));

  @TempDir Path generation;

  @Test
  void aSummaryReadsBackAsWritten() throws Exception {
    try (CatalogWriter writer = new CatalogWriter(generation)) {
      writer.add(ARTICLE);
      writer.finish();
    }
    try (Catalog catalog = Catalog.open(generation)) {
      assertEquals(ARTICLE, catalog.article("a1").orElseThrow());
      assertEquals(List.of(ARTICLE), catalog.list(0, 10));
    }
  }

  @Test
  void aCatalogWhoseStatementsStillCarryTheirOrganizationReads() throws Exception {
    // as written before the summary was one record: each statement with its organisation, which nothing read
    String older = "{\"id\":\"a1\",\"source\":\"a1.txt\",\"headline\":\"谋新篇 开新局\",\"year\":2026,\"date\":null,"
        + "\"lead\":\"步入2026年……\",\"reporters\":[\"记者甲\"],\"statements\":[{\"id\":\"a1-1\",\"province\":\"山西省\","
        + "\"organization\":\"山西省卫生健康委\",\"officials\":[{\"name\":\"张波\",\"title\":\"党组书记、主任\"}]}]}";
    try (FSDirectory dir = FSDirectory.open(generation.resolve(CatalogWriter.DIR));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      Document doc = new Document();
      doc.add(new KeywordField(CatalogWriter.ID, "a1", Field.Store.NO));
      doc.add(new SortedDocValuesField(CatalogWriter.LIST_ORDER, new BytesRef(CatalogWriter.listOrder(ARTICLE))));
      doc.add(new StoredField(CatalogWriter.JSON_FIELD, older));
      writer.addDocument(doc);
    }
    Files.writeString(generation.resolve(CatalogWriter.OFFICIALS), "[]");
    try (Catalog catalog = Catalog.open(generation)) {
      assertEquals(ARTICLE, catalog.article("a1").orElseThrow());
    }
  }
}
