package wjw.search;

import java.util.List;
import wjw.ingest.model.Official;

/**
 * A ready citation of one statement or one of its paragraphs: its parts as data and {@code text}, the same in one
 * line of plain text to paste. Built by {@link CitationFormatter}.
 *
 * @param statementId the statement quoted
 * @param paragraph 1-based number of the paragraph quoted; null when the citation is of the whole statement
 * @param speakers the officials the statement is attributed to, with their titles as printed
 * @param organization the commission as printed (北京市卫生健康委); null for an anonymous statement
 * @param province canonical province name; null for an anonymous statement
 * @param quote the words quoted, as printed (paragraphs separated by a line break)
 * @param newspaper the newspaper the corpus collects ({@value CitationFormatter#NEWSPAPER}); null when a curator
 *     recorded the printed source, which then names it ({@code source})
 * @param date publication date (yyyy-MM-dd) when a curator recorded it, else null
 * @param year the year the page looks ahead to (its year of publication is usually the year before), null if unknown
 * @param headline the page's headline, null if none was found
 * @param articleId the page's id, which names its file
 * @param source the printed source a curator recorded (健康报 2026年1月5日 第5版), or the file the page was read from
 * @param lines the 1-based lines of that file the quote was assembled from
 * @param uncertain true when the attribution of a quoted paragraph is marked uncertain: check the page before quoting
 * @param uncertainty for each uncertain paragraph, why ("第 7 段：…"); empty when certain
 * @param text the whole citation as plain text
 */
public record Citation(
    String statementId,
    Integer paragraph,
    List<Official> speakers,
    String organization,
    String province,
    String quote,
    String newspaper,
    String date,
    Integer year,
    String headline,
    String articleId,
    String source,
    List<Integer> lines,
    boolean uncertain,
    List<String> uncertainty,
    String text) {

  public Citation {
    speakers = List.copyOf(speakers);
    lines = List.copyOf(lines);
    uncertainty = List.copyOf(uncertainty);
  }
}
