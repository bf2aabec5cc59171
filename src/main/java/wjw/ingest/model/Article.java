package wjw.ingest.model;

import java.util.List;

/**
 * One newspaper page: its metadata, its statements and the role of every non-blank source line.
 *
 * @param source file name the page was read from
 * @param id stable id derived from the file name
 * @param year the year the page looks ahead to (步入2026年 → 2026), null if the page never says
 * @param date publication date (ISO yyyy-MM-dd) when a curator's correction gives it, else null
 * @param headline headline without markdown, null if none was found
 * @param lead lead paragraph(s) before the first statement, joined with line breaks; "" if none
 * @param reporters reporters named in the byline, in printed order
 * @param statements the statements in reading order
 * @param lines every non-blank source line with its role, in source order
 * @param notes things a reviewer should know (e.g. "no statement headers: indexed as one statement")
 */
public record Article(
    String source,
    String id,
    Integer year,
    String date,
    String headline,
    String lead,
    List<String> reporters,
    List<Statement> statements,
    List<SourceLine> lines,
    List<String> notes) {

  public Article {
    reporters = List.copyOf(reporters);
    statements = List.copyOf(statements);
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
  }

  /** The article without its text, as the index's catalog keeps it. */
  public ArticleSummary summary() {
    List<ArticleSummary.StatementSummary> summaries = statements.stream()
        .map(s -> new ArticleSummary.StatementSummary(s.id(), s.province(), s.officials()))
        .toList();
    return new ArticleSummary(id, source, headline, year, date, lead, reporters, summaries);
  }

  /**
   * The id of the article read from {@code sourceFileName}: the file name without directory and extension, characters
   * other than letters, digits, Han, _ and - replaced by _ ("article" when nothing is left).
   */
  public static String idOf(String sourceFileName) {
    String name = sourceFileName == null ? "" : sourceFileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    StringBuilder id = new StringBuilder();
    name.codePoints().forEach(cp -> {
      boolean keep = Character.isLetterOrDigit(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
          || cp == '_' || cp == '-';
      id.appendCodePoint(keep ? cp : '_');
    });
    return id.isEmpty() ? "article" : id.toString();
  }

  /**
   * Characters of the page in no statement because they are page furniture (headline, lead, byline, captions,
   * labels, datelines): the only text that may leave the statements.
   */
  public long furnitureChars() {
    return lines.stream().filter(l -> l.role().furniture()).mapToLong(l -> l.text().length()).sum();
  }
}
