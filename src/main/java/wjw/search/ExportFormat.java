package wjw.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats an export is written in, with their media type and file extension. */
public enum ExportFormat {
  /** RFC 4180 CSV with a header row, for spreadsheets; lists inside a cell one per line. */
  CSV("text/csv", "csv"),
  /** One JSON object per line (snake_case keys, as the API), lists as arrays. */
  JSONL("application/x-ndjson", "jsonl");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format named {@code name} (any case), or a {@link QueryRejectedException} naming {@code format}. */
  public static ExportFormat parse(String name) {
    for (ExportFormat f : values()) {
      if (f.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
        return f;
      }
    }
    throw new QueryRejectedException("format", "must be one of " + Arrays.stream(values())
        .map(f -> f.extension).collect(Collectors.joining(", ")) + ", got \"" + name + "\"");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
