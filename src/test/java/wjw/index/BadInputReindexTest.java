package wjw.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wjw.search.LuceneSearchService;
import wjw.search.SearchRequest;

/**
 * Every kind of bad article file is named with its reason; without skip-bad the reindex stops and the previous index
 * answers exactly as before, with it the good files are indexed.
 */
class BadInputReindexTest {
  /** A limit the seed pages (17 KB) are under and {@link Bad#TOO_LARGE} is over. */
  static final long LIMIT = 64 * 1024;
  static final List<String> QUERIES = List.of("医共体", "托育", "official:张波", "province:京", "year:2024 托育", "");

  @TempDir Path dir;
  Path seeds;
  Path index;

  @BeforeEach
  void copySeeds() throws Exception {
    seeds = SeedCopy.into(dir);
    index = dir.resolve("index");
  }

  /** A bad file, how to make it, and the reason it must be rejected with. */
  enum Bad {
    EMPTY("empty file") {
      @Override void write(Path file) throws Exception {
        Files.write(file, new byte[0]);
      }
    },
    BLANK("empty file") {
      @Override void write(Path file) throws Exception {
        Files.writeString(file, " \r\n\u3000\t\n\n");
      }
    },
    BINARY("binary file (contains NUL bytes)") {
      @Override void write(Path file) throws Exception {
        Files.write(file, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0});
      }
    },
    TOO_LARGE("file too large (" + (LIMIT + 1) + " bytes, limit " + LIMIT + ")") {
      @Override void write(Path file) throws Exception {
        // a good page, one byte over the limit
        byte[] page = ("迈入2025年。\n上海市卫生健康委主任 某某某\n" + "医共体建设。".repeat((int) LIMIT))
            .getBytes(StandardCharsets.UTF_8);
        Files.write(file, java.util.Arrays.copyOf(page, (int) LIMIT + 1));
      }
    },
    UTF16("UTF-16 text (byte-order mark): only UTF-8 and GB18030 are read; save the file as UTF-8") {
      @Override void write(Path file) throws Exception {
        Files.write(file, Files.readString(Path.of("seeds", "000_d51fea8ea64b6d2e.txt")).getBytes(StandardCharsets.UTF_16));
      }
    },
    BIG5("not valid UTF-8, and as GB18030 it decodes to private-use characters (another encoding, such as Big5?)") {
      @Override void write(Path file) throws Exception {
        Files.write(file, Files.readString(Path.of("seeds", "000_d51fea8ea64b6d2e.txt")).getBytes(Charset.forName("Big5")));
      }
    },
    LATIN1("not valid UTF-8 or GB18030 text") {
      @Override void write(Path file) throws Exception {
        Files.write(file, "Santé publique : réforme.\n".repeat(20).getBytes(StandardCharsets.ISO_8859_1));
      }
    },
    DAMAGED_UTF8("damaged UTF-8: 1 invalid byte sequence, the first on line 2 (byte 20)") {
      @Override void write(Path file) throws Exception {
        byte[] bytes = ("迈入2025年。\n上海市卫生健康委主任 某某某\n" + "医共体建设新一年。".repeat(20)).getBytes(StandardCharsets.UTF_8);
        bytes[21] = (byte) 0xFF; // inside 海, whose sequence starts at byte 20
        Files.write(file, bytes);
      }
    },
    FOLDER("a folder, not a file") {
      @Override void write(Path file) throws Exception {
        Files.createDirectory(file);
      }
    },
    BROKEN_LINK("file not found") {
      @Override void write(Path file) throws Exception {
        Files.createSymbolicLink(file, file.resolveSibling("gone.txt"));
      }
    },
    UNREADABLE("file not readable (permission denied)") {
      @Override void write(Path file) throws Exception {
        Files.writeString(file, "迈入2025年。\n上海市卫生健康委主任 某某某\n医共体建设新一年。\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root (as in CI containers) reads a file whatever its permissions: nothing to test there
        Assumptions.assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reading");
      }
    };

    final String reason;

    Bad(String reason) {
      this.reason = reason;
    }

    abstract void write(Path file) throws Exception;
  }

  private Map<String, Long> answers(LuceneSearchService service) {
    Map<String, Long> totals = new LinkedHashMap<>();
    QUERIES.forEach(q -> totals.put(q, service.search(SearchRequest.of(q)).total()));
    return totals;
  }

  @ParameterizedTest
  @EnumSource(Bad.class)
  void aBadFileIsNamedWithItsReasonAndTheOldIndexKeepsAnswering(Bad bad) throws Exception {
    new Reindexer(seeds, index, LIMIT).run(false);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      String version = service.info().version();
      Map<String, Long> before = answers(service);
      String name = "zz_" + bad.name().toLowerCase() + ".txt";
      bad.write(seeds.resolve(name));

      ReindexException e = assertThrows(ReindexException.class, () -> new Reindexer(seeds, index, LIMIT).run(false));
      assertEquals("1 of 3 files failed (" + name + ": " + bad.reason
          + "); previous index kept. Use --skip-bad to index the others.", e.getMessage());
      FileReport failed = e.report().files().get(2);
      assertEquals(new FileReport(name, "failed", 0, null, bad.reason), failed);
      assertFalse(e.report().switched());
      service.refresh();
      assertEquals(version, service.info().version());
      assertEquals(before, answers(service));
      try (LuceneSearchService reopened = LuceneSearchService.open(index)) {
        assertEquals(before, answers(reopened), "a fresh start opens the old index too");
      }

      ReindexReport skipped = new Reindexer(seeds, index, LIMIT).run(true);
      assertTrue(skipped.switched());
      assertEquals(failed, skipped.files().get(2));
      assertEquals(List.of("ok", "ok"), skipped.files().subList(0, 2).stream().map(FileReport::status).toList());
      assertEquals(15, skipped.statements());
      service.refresh();
      assertEquals(before, answers(service), "the good files are all indexed");
    }
  }

  @Test
  void everyFailedFileIsNamedUpToFive() throws Exception {
    new Reindexer(seeds, index).run(false);
    for (int i = 1; i <= 7; i++) {
      Files.write(seeds.resolve("bad" + i + ".txt"), new byte[0]);
    }
    ReindexException e = assertThrows(ReindexException.class, () -> new Reindexer(seeds, index).run(false));
    assertEquals("7 of 9 files failed (bad1.txt: empty file; bad2.txt: empty file; bad3.txt: empty file;"
        + " bad4.txt: empty file; bad5.txt: empty file; and 2 more); previous index kept."
        + " Use --skip-bad to index the others.", e.getMessage());
    assertEquals(7, e.report().files().stream().filter(f -> f.status().equals("failed")).count());
  }

  @Test
  void aGbkFileIsIndexedAndTheReportSaysHowItWasDecoded() throws Exception {
    Path page = seeds.resolve("002_10f19fc5a49f6661.txt");
    Files.write(page, Files.readString(page).replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
    ReindexReport report = new Reindexer(seeds, index).run(false);
    assertEquals(new FileReport("002_10f19fc5a49f6661.txt", "ok", 8, "GB18030", null,
        "decoded as GB18030 (not valid UTF-8)"), report.files().get(1));
    assertNull(report.files().get(0).note(), "nothing to say about a UTF-8 file");
    // as POST /api/reindex returns it (the API's mapper)
    String json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).writeValueAsString(report);
    assertTrue(json.contains("\"charset\":\"GB18030\",\"reason\":null,\"note\":\"decoded as GB18030 (not valid UTF-8)\""), json);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      assertEquals(15, service.search(SearchRequest.of("")).total());
      assertEquals(2, service.search(SearchRequest.of("钟东波")).total(), "GBK and UTF-8 pages alike");
    }
  }

  @Test
  void aMissingSeedsFolderIsNamedAndTheOldIndexKeepsAnswering() throws Exception {
    new Reindexer(seeds, index).run(false);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      Map<String, Long> before = answers(service);
      Path missing = dir.resolve("no-such-seeds");
      ReindexException e = assertThrows(ReindexException.class, () -> new Reindexer(missing, index).run(true));
      assertEquals("seeds folder " + missing + " does not exist; index not changed", e.getMessage());
      Path file = seeds.resolve("000_d51fea8ea64b6d2e.txt");
      e = assertThrows(ReindexException.class, () -> new Reindexer(file, index).run(true));
      assertEquals("seeds folder " + file + " is not a folder; index not changed", e.getMessage());
      Path empty = Files.createDirectories(dir.resolve("empty-seeds"));
      e = assertThrows(ReindexException.class, () -> new Reindexer(empty, index).run(true));
      assertEquals("seeds folder " + empty + " holds no article files (*.txt, *.md); index not changed", e.getMessage());
      try (LuceneSearchService reopened = LuceneSearchService.open(index)) {
        assertEquals(before, answers(reopened));
      }
    }
  }
}
