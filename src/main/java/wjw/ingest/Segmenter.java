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
 * The page is read with traditional and variant characters folded to simplified ({@link PrintedLines}), so a page
 * printed in traditional characters segments as its simplified twin; what the article holds is as printed, except
 * the province (one name per province in every script) and the attributions' evidence, which quotes the page as read.
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
    private final PrintedLines printed;
    /** The lines as read: trimmed, variants folded ({@link PrintedLines#read}). */
    private final String[] lines;
    private List<List<Header>> headers;
    private PageRoles page;
    private int firstHeader = -1;
    private int droppedHeaders;

    Run(String source, String articleId, String text) {
      this.source = source;
      this.articleId = articleId;
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      String[] trimmed = TextUtil.splitLines(body);
      for (int i = 0; i < trimmed.length; i++) {
        trimmed[i] = TextUtil.trim(trimmed[i]);
      }
      printed = new PrintedLines(trimmed);
      lines = printed.read();
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
              List<Integer> at = headerLines(i);
              Official official = new Official(printed.printed(h.official().name(), at),
                  printed.printed(h.official().title(), at));
              if (current != null && inHeaderGroup && current.key.equals(h.organizationKey())) {
                current.officials.add(official);
              } else {
                current = new StatementBuilder(articleId + "-" + (builders.size() + 1), h,
                    printed.printed(h.organization(), at), official);
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
              current = new StatementBuilder(articleId + "-" + (builders.size() + 1));
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

      Integer year = yearFinder.find(leadOf(repaired.runs().get(0)), String.join("\n", lines));
      String leadText = leadOf(repaired.runs().get(0).stream().map(printed::paragraph).toList());
      List<Statement> statements = new ArrayList<>();
      for (int k = 0; k < builders.size(); k++) {
        List<Paragraph> paragraphs = repaired.runs().get(k + 1).stream().map(printed::paragraph).toList();
        statements.add(builders.get(k).build(articleId, year, paragraphs));
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
        sourceLines.add(new SourceLine(i + 1, printed.line(i), role, statementId));
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
      List<String> reporters = page.reporters().stream()
          .map(r -> printed.printed(r, linesOf(LineRole.BYLINE)))
          .toList();
      return new Article(source, articleId, year, null, printed.printed(page.headline(), linesOf(LineRole.HEADLINE)),
          leadText, reporters, statements, sourceLines, notes);
    }

    private static String leadOf(List<Paragraph> paragraphs) {
      return String.join(Statement.PARAGRAPH_SEPARATOR, paragraphs.stream().map(Paragraph::text).toList());
    }

    /** The lines of the header starting at line {@code first}: it and the header lines after it that start none. */
    private List<Integer> headerLines(int first) {
      List<Integer> at = new ArrayList<>(List.of(first));
      for (int i = first + 1; i < lines.length && (lines[i].isEmpty()
          || (page.role(i) == LineRole.HEADER && headers.get(i).isEmpty())); i++) {
        if (!lines[i].isEmpty()) {
          at.add(i);
        }
      }
      return at;
    }

    /** The lines of a role, in page order. */
    private List<Integer> linesOf(LineRole role) {
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isEmpty() && page.role(i) == role) {
          at.add(i);
        }
      }
      return at;
    }
  }

  /** A statement being assembled: a speaker's, or the anonymous one of a page without headers. */
  private static final class StatementBuilder {
    final String id;
    final String key;
    final String province;
    final String organization;
    final List<Official> officials = new ArrayList<>();
    final List<TextLine> lines = new ArrayList<>();

    /**
     * @param organization the header's organisation as printed
     * @param official the header's official as printed
     */
    StatementBuilder(String id, Header header, String organization, Official official) {
      this.id = id;
      this.key = header.organizationKey();
      this.province = header.province();
      this.organization = organization;
      officials.add(official);
    }

    /** The anonymous statement of text before any header. */
    StatementBuilder(String id) {
      this.id = id;
      this.key = "";
      this.province = null;
      this.organization = null;
    }

    Statement build(String articleId, Integer year, List<Paragraph> paragraphs) {
      return new Statement(id, articleId, year, province, organization, officials, paragraphs);
    }
  }
}
