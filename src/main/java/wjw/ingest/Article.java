package wjw.ingest;

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

  /**
   * Characters of the page in no statement because they are page furniture (headline, lead, byline, captions,
   * labels, datelines): the only text that may leave the statements.
   */
  public long furnitureChars() {
    return lines.stream().filter(l -> l.role().furniture()).mapToLong(l -> l.text().length()).sum();
  }
}
