package wjw.ingest;

import java.util.ArrayList;
import java.util.List;
import wjw.ingest.headers.Header;
import wjw.ingest.headers.HeaderFinder;
import wjw.ingest.layout.LayoutRepair;
import wjw.ingest.layout.Lexicon;
import wjw.ingest.layout.TextLine;
import wjw.ingest.lines.PageRoles;
import wjw.ingest.lines.YearFinder;
import wjw.ingest.model.Article;
import wjw.ingest.model.LineRole;
import wjw.ingest.model.Official;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.SourceLine;
import wjw.ingest.model.Statement;
import wjw.ingest.text.TextUtil;

/**
 * Splits the text of one newspaper page into headline, lead, byline and per-commission statements, repairing the
 * damage of text extraction (split paragraphs, photo captions inside sentences). A pure function that never throws.
 */
public final class Segmenter {

  static final String NOTE_NO_HEADERS = "no statement headers found: all body text indexed as one statement";
  static final String NOTE_NO_TEXT = "no statement text found";
  static final String NOTE_LIST = " header-like lines with no statement of their own (a list of people) kept as text";
  static final String NOTE_NO_YEAR = "no year found";
  static final String NOTE_FAILED = "segmentation failed, page kept as one statement: ";

  private final YearFinder yearFinder = new YearFinder();
  private final Lexicon lexicon;

  /** A segmenter using the word knowledge found on the class path (smartcn's, when the analysis stage is there). */
  public Segmenter() {
    this(Lexicon.discover());
  }

  /** A segmenter judging joins with the given word knowledge. */
  public Segmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Segments {@code text} read from {@code sourceFileName}; null arguments are treated as empty. */
  public Article segment(String sourceFileName, String text) {
    String source = sourceFileName == null ? "" : sourceFileName;
    String articleId = Article.idOf(source);
    String body = text == null ? "" : text;
    try {
      return new Run(source, articleId, body).article();
    } catch (RuntimeException | StackOverflowError e) {
      // Safety net only: a page must never be lost to a parsing bug.
      return fallback(source, articleId, body, e);
    }
  }


  private Article fallback(String source, String articleId, String text, Throwable error) {
    String[] raw = TextUtil.splitLines(text);
    String statementId = articleId + "-1";
    List<SourceLine> lines = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String t = TextUtil.trim(raw[i]);
      if (!t.isEmpty()) {
        lines.add(new SourceLine(i + 1, t, LineRole.STATEMENT, statementId));
        paragraphs.add(new Paragraph(t, List.of(i + 1)));
      }
    }
    List<Statement> statements = paragraphs.isEmpty()
        ? List.of()
        : List.of(new Statement(statementId, articleId, null, null, null, List.of(), paragraphs));
    return new Article(source, articleId, null, null, null, "", List.of(), statements, lines,
        List.of(NOTE_FAILED + error));
  }

  /** State of one segmentation. */
  private final class Run {
    private final String source;
    private final String articleId;
    private final String[] lines;
    private List<List<Header>> headers;
    private PageRoles page;
    private int firstHeader = -1;
    private int droppedHeaders;

    Run(String source, String articleId, String text) {
      this.source = source;
      this.articleId = articleId;
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      lines = TextUtil.splitLines(body);
      for (int i = 0; i < lines.length; i++) {
        lines[i] = TextUtil.trim(lines[i]);
      }
    }

    Article article() {
      HeaderFinder.Found found = new HeaderFinder(lines).find();
      headers = found.byLine();
      firstHeader = found.firstHeader();
      droppedHeaders = found.dropped();
      page = new PageRoles(lines, found);
      return assemble();
    }

    private Article assemble() {
      List<StatementBuilder> builders = new ArrayList<>();
      List<TextLine> lead = new ArrayList<>();
      StatementBuilder current = null;
      boolean inHeaderGroup = false; // no statement text since the last header
      int lastText = -2; // index of the last text line, to tell hard-wrapped lines from paragraphs
      boolean interrupted = false; // a caption, byline or heading since the last text line
      boolean section = false; // a headline, page label, dateline or section label since the last text line
      TextLine.Caption caption = null; // the photo caption printed since the last text line
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        int number = i + 1;
        TextLine.Gap gap = section ? TextLine.Gap.SECTION : interrupted ? TextLine.Gap.INTERRUPTED
            : lastText == i - 1 ? TextLine.Gap.LINE : TextLine.Gap.BLANK;
        switch (page.role(i)) {
          case HEADER -> {
            for (Header h : headers.get(i)) {
              if (current != null && inHeaderGroup && current.key.equals(h.organizationKey())) {
                current.officials.add(h.official());
              } else {
                current = new StatementBuilder(articleId + "-" + (builders.size() + 1), h);
                builders.add(current);
              }
              inHeaderGroup = true;
            }
            lastText = -2;
            interrupted = false;
            section = false;
            caption = null;
          }
          case STATEMENT -> {
            if (current == null) {
              current = new StatementBuilder(articleId + "-" + (builders.size() + 1), null);
              builders.add(current);
            }
            current.lines.add(new TextLine(number, page.text(i), gap, page.kind(i), caption));
            inHeaderGroup = false;
            lastText = i;
            interrupted = false;
            section = false;
            caption = null;
          }
          case LEAD -> {
            lead.add(new TextLine(number, page.text(i), gap, page.kind(i), caption));
            lastText = i;
            interrupted = false;
            section = false;
            caption = null;
          }
          case CAPTION -> {
            interrupted = true; // article data: it does not end a statement
            caption = page.caption(i);
          }
          case HEADLINE, PAGE_LABEL, DATELINE, SECTION_LABEL -> section = true;
          default -> interrupted = true; // a byline: article data, it does not end a statement
        }
      }

      List<List<TextLine>> runs = new ArrayList<>();
      List<String> provinces = new ArrayList<>();
      runs.add(lead);
      provinces.add(null);
      for (StatementBuilder b : builders) {
        runs.add(b.lines);
        provinces.add(b.province);
      }
      LayoutRepair.Result repaired = new LayoutRepair(lexicon).repair(runs, provinces, List.of(lines));

      String leadText = String.join(Statement.PARAGRAPH_SEPARATOR,
          repaired.runs().get(0).stream().map(Paragraph::text).toList());
      Integer year = yearFinder.find(leadText, String.join("\n", lines));
      List<Statement> statements = new ArrayList<>();
      for (int k = 0; k < builders.size(); k++) {
        statements.add(builders.get(k).build(articleId, year, repaired.runs().get(k + 1)));
      }
      List<SourceLine> sourceLines = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        LineRole role = page.role(i);
        String statementId = null;
        if (role == LineRole.LEAD || role == LineRole.STATEMENT) {
          int run = repaired.runOfLine().getOrDefault(i + 1, 0);
          role = run == 0 ? LineRole.LEAD : LineRole.STATEMENT;
          statementId = run == 0 ? null : builders.get(run - 1).id;
        }
        sourceLines.add(new SourceLine(i + 1, lines[i], role, statementId));
      }
      List<String> notes = new ArrayList<>();
      if (firstHeader < 0) {
        notes.add(NOTE_NO_HEADERS);
      }
      if (droppedHeaders > 0) {
        notes.add(droppedHeaders + NOTE_LIST);
      }
      if (statements.isEmpty() || statements.stream().allMatch(s -> s.paragraphs().isEmpty())) {
        notes.add(NOTE_NO_TEXT);
      }
      if (year == null) {
        notes.add(NOTE_NO_YEAR);
      }
      if (repaired.note() != null) {
        notes.add(repaired.note());
      }
      return new Article(source, articleId, year, null, page.headline(), leadText, page.reporters(), statements,
          sourceLines, notes);
    }
  }

  /** A statement being assembled; {@code header} null for the anonymous statement of a page without headers. */
  private static final class StatementBuilder {
    final String id;
    final String key;
    final String province;
    final String organization;
    final List<Official> officials = new ArrayList<>();
    final List<TextLine> lines = new ArrayList<>();

    StatementBuilder(String id, Header header) {
      this.id = id;
      this.key = header == null ? "" : header.organizationKey();
      this.province = header == null ? null : header.province();
      this.organization = header == null ? null : header.organization();
      if (header != null) {
        officials.add(header.official());
      }
    }

    Statement build(String articleId, Integer year, List<Paragraph> paragraphs) {
      return new Statement(id, articleId, year, province, organization, officials, paragraphs);
    }
  }
}
