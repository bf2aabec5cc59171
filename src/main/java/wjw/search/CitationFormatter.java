package wjw.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import wjw.ingest.ArticleReader;
import wjw.ingest.model.ArticleSummary;
import wjw.ingest.model.Attribution;
import wjw.ingest.model.Official;

/**
 * Turns a statement and its page into citations: of the whole statement and of each paragraph, as data and as
 * one plain-text form (speaker with organization and title, the quote as printed, newspaper, date or year,
 * headline, file and source lines). A quote whose attribution is marked uncertain says so first, with the reason,
 * so it cannot be pasted without the warning.
 */
public final class CitationFormatter {
  /** The newspaper the corpus collects, named when no curator recorded the printed source of a page. */
  public static final String NEWSPAPER = "健康报";

  private CitationFormatter() {}

  /**
   * @param article the statement's page from the catalog, for its source, date and headline; null falls back to
   *     what the statement itself carries (its article id, headline and year)
   */
  public static StatementCitations of(StatementView statement, ArticleSummary article) {
    Page page = Page.of(statement, article);
    List<ParagraphView> paragraphs = statement.paragraphs();
    List<Integer> allLines = new ArrayList<>();
    List<String> uncertainty = new ArrayList<>();
    List<Citation> each = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      ParagraphView p = paragraphs.get(i);
      allLines.addAll(p.lines());
      List<String> why = List.of();
      if (p.attribution() != null && p.attribution().uncertain()) {
        why = List.of(reason(p.attribution()));
        uncertainty.add("第 " + (i + 1) + " 段：" + why.get(0));
      }
      each.add(cite(statement, page, i + 1, p.text(), p.lines(), why));
    }
    Citation whole = cite(statement, page, null, statement.text(), allLines, uncertainty);
    return new StatementCitations(whole, each);
  }

  private static Citation cite(StatementView s, Page page, Integer paragraph, String quote, List<Integer> lines,
      List<String> uncertainty) {
    StringBuilder text = new StringBuilder(quote.length() + 160);
    if (!uncertainty.isEmpty()) {
      text.append("【归属存疑，引用前请核对原文：").append(String.join("；", uncertainty)).append("】");
    }
    text.append(speakers(s)).append("：“").append(quote).append("”（");
    if (page.newspaper != null) {
      text.append("《").append(page.newspaper).append("》");
      if (page.date != null) {
        text.append("，").append(page.date);
      } else if (page.year != null) {
        text.append("，谈").append(page.year).append("年工作（出版日期未录入）");
      }
    } else {
      text.append(page.source);
    }
    if (page.headline != null) {
      text.append("，《").append(page.headline).append("》");
    }
    text.append("；").append(page.file).append(lines.isEmpty() ? "" : " 第 " + SourceLines.ranges(lines) + " 行");
    if (paragraph != null) {
      text.append("，第 ").append(paragraph).append(" 段");
    }
    text.append("）");
    return new Citation(s.id(), paragraph, s.officials(), s.organization(), s.province(), quote, page.newspaper,
        page.date, page.year, page.headline, page.articleId, page.source, lines, !uncertainty.isEmpty(), uncertainty,
        text.toString());
  }

  /** 北京市卫生健康委党委书记钟东波、主任刘俊彩: the organization once, then each title and name as printed. */
  static String speakers(StatementView s) {
    String people = s.officials().stream()
        .map(o -> (o.title() == null ? "" : o.title()) + o.name())
        .collect(Collectors.joining("、"));
    String organization = s.organization() == null ? "" : s.organization();
    if (people.isEmpty()) {
      return organization.isEmpty() ? "（未署名）" : organization;
    }
    return organization + people;
  }

  private static String reason(Attribution a) {
    return a.evidence() == null || a.evidence().isBlank() ? "归属规则 " + a.rule() : a.evidence();
  }

  /** What the citation says about the page: its newspaper or curated source, date or year, headline and file. */
  private record Page(String newspaper, String source, String date, Integer year, String headline, String articleId,
      String file) {

    static Page of(StatementView s, ArticleSummary a) {
      String articleId = a != null ? a.id() : s.article() == null ? null : s.article().id();
      String source = a != null && a.source() != null ? a.source() : articleId;
      String headline = a != null ? a.headline() : s.article() == null ? null : s.article().headline();
      Integer year = a != null && a.year() != null ? a.year() : s.year();
      String date = a == null ? null : a.date();
      boolean file = source != null && ArticleReader.isArticleName(source);
      // A source that is not a file name was written by a curator from the printed page: it names the newspaper.
      return new Page(file || source == null ? NEWSPAPER : null, source, date, year, headline, articleId,
          file ? source : "文件 " + articleId);
    }
  }
}
