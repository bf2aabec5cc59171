package wjw.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import wjw.ingest.model.Official;

/**
 * Writes export rows as they come, in CSV or JSON Lines, to a character stream: one row at a time through Jackson's
 * streaming writers, flushed every {@value #FLUSH_EVERY} rows, so an export of any size costs the same memory.
 */
public final class ExportWriter implements ExportSink {
  /** The byte order mark some spreadsheets (Excel) need to read a CSV file as UTF-8 instead of a local code page. */
  public static final char BOM = '\uFEFF';
  static final int FLUSH_EVERY = 256;

  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema CSV_SCHEMA = CSV.schemaFor(CsvRow.class).withHeader();
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final ExportFormat format;
  private final Writer out;
  private final boolean bom;
  private SequenceWriter csv;
  private JsonGenerator jsonl;
  private long rows;

  /** @param bom start with {@link #BOM} (CSV only: JSON Lines never has one) */
  public ExportWriter(ExportFormat format, Writer out, boolean bom) {
    this.format = format;
    this.out = out;
    this.bom = bom && format == ExportFormat.CSV;
  }

  @Override
  public void begin(long total) throws IOException {
    if (bom) {
      out.write(BOM);
    }
    if (format == ExportFormat.CSV) {
      csv = CSV.writer(CSV_SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
    } else {
      jsonl = JSON.getFactory().createGenerator(out);
      jsonl.setPrettyPrinter(new MinimalPrettyPrinter("")); // no space between root values: one per line

    }
  }

  @Override
  public void row(ExportRow row) throws IOException {
    if (csv != null) {
      csv.write(CsvRow.of(row));
    } else {
      JSON.writeValue(jsonl, row);
      jsonl.writeRaw('\n');
    }
    if (++rows % FLUSH_EVERY == 0) {
      flush();
    }
  }

  @Override
  public void end() throws IOException {
    if (csv != null) {
      csv.close(); // writes what it buffered; the target stays open (AUTO_CLOSE_TARGET off)
    }
    if (jsonl != null) {
      jsonl.close();
    }
    out.flush();
  }

  private void flush() throws IOException {
    if (csv != null) {
      csv.flush();
    } else {
      jsonl.flush();
    }
  }

  /** A row flattened for a spreadsheet: lists become text, one item per line in a cell. */
  @JsonPropertyOrder({"rank", "id", "score", "year", "province", "organization", "officials", "headline",
      "article_id", "file", "lines", "passages", "passage_lines"})
  record CsvRow(
      @JsonProperty("rank") long rank,
      @JsonProperty("id") String id,
      @JsonProperty("score") Float score,
      @JsonProperty("year") Integer year,
      @JsonProperty("province") String province,
      @JsonProperty("organization") String organization,
      @JsonProperty("officials") String officials,
      @JsonProperty("headline") String headline,
      @JsonProperty("article_id") String articleId,
      @JsonProperty("file") String file,
      @JsonProperty("lines") String lines,
      @JsonProperty("passages") String passages,
      @JsonProperty("passage_lines") String passageLines) {

    /** Officials as 钟东波（党委书记）；刘俊彩（主任）, lines as 20–26、28, passages and their lines one per line. */
    static CsvRow of(ExportRow r) {
      String officials = r.officials().stream().map(CsvRow::official).collect(Collectors.joining("；"));
      String passages = r.passages().stream().map(ExportRow.Passage::text).collect(Collectors.joining("\n"));
      String passageLines = r.passages().stream().map(p -> SourceLines.ranges(p.lines()))
          .collect(Collectors.joining("\n"));
      return new CsvRow(r.rank(), r.id(), r.score(), r.year(), r.province(), r.organization(), officials,
          r.headline(), r.articleId(), r.file(), SourceLines.ranges(r.lines()), passages, passageLines);
    }

    private static String official(Official o) {
      return o.title() == null || o.title().isEmpty() ? o.name() : o.name() + "（" + o.title() + "）";
    }
  }
}
