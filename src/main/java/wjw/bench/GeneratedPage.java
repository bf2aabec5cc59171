package wjw.bench;

import java.util.List;

/** One generated page: its file name, its text, its year and the statements it was built with (the truth to compare with). */
public record GeneratedPage(String fileName, String text, int year, List<PlannedStatement> statements) {
  public GeneratedPage {
    statements = List.copyOf(statements);
  }
}
