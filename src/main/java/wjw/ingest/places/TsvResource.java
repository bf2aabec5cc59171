package wjw.ingest.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated data table shipped beside this package's classes; blank and {@code #} lines are skipped. */
final class TsvResource {
  private TsvResource() {}

  /** The rows of {@code wjw/ingest/places/<name>}, each split on tabs and stripped; fails loudly if the jar lacks it. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource wjw/ingest/places/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading wjw/ingest/places/" + name, e);
    }
    return rows;
  }
}
