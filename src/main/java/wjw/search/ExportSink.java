package wjw.search;

import java.io.IOException;

/**
 * Where {@link SearchService#export} streams its rows. {@link #begin} comes only after the request has been checked
 * and its hits counted, so a refused export has written nothing; then every row, in order; then {@link #end}.
 */
public interface ExportSink {
  /** @param total how many rows follow: every hit of the query */
  void begin(long total) throws IOException;

  void row(ExportRow row) throws IOException;

  void end() throws IOException;
}
