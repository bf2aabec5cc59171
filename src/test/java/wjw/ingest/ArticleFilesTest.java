package wjw.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a folder are articles: one rule for reindex, the bench's corpus and its reference. */
class ArticleFilesTest {
  @TempDir Path folder;

  @Test
  void textAndMarkdownInAnyCaseNotHiddenFilesNorOthers() throws Exception {
    for (String name : List.of("a.txt", "B.TXT", "c.Md", ".draft.txt", "corrections.json", "d.txt.bak", "e.md~")) {
      Files.writeString(folder.resolve(name), "迈入2024年。");
    }
    assertEquals(List.of("B.TXT", "a.txt", "c.Md"),
        ArticleReader.articleFiles(folder).stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void aNameAloneSaysWhetherItIsAnArticle() {
    assertTrue(ArticleReader.isArticleName("健康报 2024-01-05.TXT"));
    assertTrue(ArticleReader.isArticleName("page.markdown.md"));
    assertFalse(ArticleReader.isArticleName(".page.md"));
    assertFalse(ArticleReader.isArticleName("page.txt.gz"));
    assertFalse(ArticleReader.isArticleName("健康报"));
  }
}
