package wjw.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** The one way the evaluation files (topics, qrels) are read: line by line, numbered from 1, blank lines skipped. */
final class NumberedLines {
  private NumberedLines() {}

  /** What is done with one non-blank line; its number is for the message of a line that is wrong. */
  interface Handler {
    void line(int number, String line);
  }

  static void read(Reader in, Handler handler) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (!line.isBlank()) {
        handler.line(number, line);
      }
    }
  }
}
