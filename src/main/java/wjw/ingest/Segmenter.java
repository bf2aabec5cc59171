package wjw.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Set<String> STANDALONE_BYLINE_TAIL = Set.of("联合采写", "联合报道");
  private static final String HEADLINE_FORBIDDEN = "，。！？；,;!?：:…";
  private static final int MAX_HEADLINE_LENGTH = 30;
  /** A subtitle is a short phrase: 让红色薪火代代相传. */
  private static final int MAX_SUBTITLE_LENGTH = 24;
  private static final String SUBTITLE_FORBIDDEN = "，。！？；,;!?：:…（）()";
  /** Words that leave a phrase unfinished, and digits (a number cut in two). */
  private static final String SUBTITLE_CANNOT_END = "与和或并而的地得之把被将从向、0123456789";
  /** What a caption may add to an official's name. */
  private static final List<String> CAPTION_HONORIFICS = List.of("代表", "委员", "院士", "教授", "同志");
  /** Officials' names printed together, one a line: this many make a block of captions. */
  private static final int CAPTION_BLOCK = 3;
  // Two or more short phrases set apart by spaces, as headlines are printed: 以人为本 健康优先.
  private static final Pattern PHRASED_HEADLINE = Pattern.compile(
      "^[\\p{IsHan}“”‘’《》·、]{2,16}(?:[\\s\\p{Z}]+[\\p{IsHan}“”‘’《》·、0-9]{2,16})+$");

  private final HeaderParser headerParser = new HeaderParser();
  private final BylineParser bylineParser = new BylineParser();
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
    String articleId = articleId(source);
    String body = text == null ? "" : text;
    try {
      return new Run(source, articleId, body).article();
    } catch (RuntimeException | StackOverflowError e) {
      // Safety net only: a page must never be lost to a parsing bug.
      return fallback(source, articleId, body, e);
    }
  }

  /** File name without directory and extension; characters other than letters, digits, CJK, _ and - become _. */
  public static String articleId(String sourceFileName) {
    String name = sourceFileName == null ? "" : sourceFileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    StringBuilder id = new StringBuilder();
    name.codePoints().forEach(cp -> {
      boolean keep = Character.isLetterOrDigit(cp) || TextUtil.isHan(cp) || cp == '_' || cp == '-';
      id.appendCodePoint(keep ? cp : '_');
    });
    return id.isEmpty() ? "article" : id.toString();
  }

  /** The lines of text split at \r\n, \r or \n; a trailing line break leaves an empty last line. */
  static String[] splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines.toArray(new String[0]);
  }

  /** Whitespace as the regex class [\s\p{Z}] has it: ASCII whitespace and the Unicode separators (U+3000, NBSP). */
  static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }

  /** What sets names apart in a caption: whitespace and list marks. */
  private static boolean isCaptionSeparator(char c) {
    return isRegexSpace(c) || c == '、' || c == '，' || c == ',';
  }

  private Article fallback(String source, String articleId, String text, Throwable error) {
    String[] raw = splitLines(text);
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
    private final LineRole[] roles;
    /** How each text line reads (subtitle or text), and its text without markup. */
    private final TextLine.Kind[] kinds;
    private final String[] texts;
    private List<List<HeaderParser.Header>> headers;
    private Set<String> officialNames = new HashSet<>();
    private int longestName;
    private final Set<String> reporters = new LinkedHashSet<>();
    private String headline;
    private int firstHeader = -1;
    private int droppedHeaders;
    /** Header-like lines of a list of people: text, never the headline. */
    private boolean[] listLines;

    Run(String source, String articleId, String text) {
      this.source = source;
      this.articleId = articleId;
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      lines = splitLines(body);
      for (int i = 0; i < lines.length; i++) {
        lines[i] = TextUtil.trim(lines[i]);
      }
      roles = new LineRole[lines.length];
      kinds = new TextLine.Kind[lines.length];
      texts = new String[lines.length];
      for (int i = 0; i < lines.length; i++) {
        texts[i] = Markup.text(lines[i]);
      }
    }

    Article article() {
      findHeaders();
      classifyArticleLines();
      findCaptionBlocks();
      if (headline == null) {
        findHeadline();
      }
      findSubtitleCandidates();
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isEmpty() && roles[i] == null) {
          roles[i] = firstHeader >= 0 && i < firstHeader ? LineRole.LEAD : LineRole.STATEMENT;
        }
      }
      return assemble();
    }

    private void findHeaders() {
      HeaderFinder.Found found = new HeaderFinder(headerParser, lines).find();
      headers = found.byLine();
      firstHeader = found.firstHeader();
      droppedHeaders = found.dropped();
      listLines = found.listLine();
      for (int i = 0; i < lines.length; i++) {
        if (found.headerLine()[i]) {
          roles[i] = LineRole.HEADER;
        }
      }
      officialNames = found.names();
      for (String name : officialNames) {
        longestName = Math.max(longestName, name.length());
      }
    }

    /** Markdown headings, captions, bylines and labels: lines that are never statement text, wherever they sit. */
    private void classifyArticleLines() {
      boolean textSeen = false;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isEmpty() || roles[i] != null) {
          continue;
        }
        if (Markup.isHeading(line)) {
          heading(i, firstHeader >= 0 ? i < firstHeader : !textSeen);
        } else if (isCaption(line)) {
          roles[i] = LineRole.CAPTION;
        } else if (STANDALONE_BYLINE_TAIL.contains(line)) {
          // 联合采写 is never statement text, even when something got between it and its byline.
          roles[i] = LineRole.BYLINE;
        } else if (bylineParser.isBylineStart(unmarked(line))) {
          roles[i] = LineRole.BYLINE;
          reporters.addAll(bylineParser.reporters(unmarked(line)));
          int next = nextNonBlank(i + 1);
          if (next >= 0 && roles[next] == null && bylineParser.isBylineTail(lines[next])) {
            roles[next] = LineRole.BYLINE;
            reporters.addAll(bylineParser.reporters(lines[next]));
            i = next;
          }
        } else if (PageFurniture.isPageLabel(line)) {
          roles[i] = LineRole.PAGE_LABEL;
        } else if (PageFurniture.isDateline(line)) {
          roles[i] = LineRole.DATELINE;
        } else if (PageFurniture.isSectionLabel(line)) {
          roles[i] = LineRole.SECTION_LABEL;
        } else if (PageFurniture.isCredit(line)) {
          roles[i] = LineRole.BYLINE;
        }
        textSeen |= roles[i] == null;
      }
    }

    /**
     * A markdown heading: the page's headline only when short and printed before the first statement; among the
     * statements a short one is the subtitle of the statement it stands in, a long one a paragraph of it.
     */
    private void heading(int i, boolean beforeStatements) {
      String h = Markup.text(lines[i]);
      texts[i] = h;
      if (h.isEmpty() || (beforeStatements && looksLikeHeadline(h))) {
        roles[i] = LineRole.HEADLINE;
        if (headline == null && !h.isEmpty()) {
          headline = h;
        }
      } else if (!beforeStatements && looksLikeHeadline(h)) {
        kinds[i] = TextLine.Kind.SUBTITLE;
      }
    }

    /** The line without the bullet a byline may carry (■本报记者 …). */
    private static String unmarked(String line) {
      char c = line.charAt(0);
      return TextUtil.isHanChar(c) ? line : HeaderMarks.strip(line).core();
    }

    /** A line holding only names of officials named in headers anywhere on the page. */
    private boolean isCaption(String line) {
      if (officialNames.isEmpty() || line.length() > 100) {
        return false;
      }
      // names set apart by spaces or list marks (张波、王栩冬), or one name printed letter-spaced: 张 波
      return allNames(line) || isSpacedName(line);
    }

    /** An official's name, alone or with how captions call a deputy or a member: 葛明华代表, 吴向东委员. */
    private boolean isOfficialName(String token) {
      if (officialNames.contains(token)) {
        return true;
      }
      for (String honorific : CAPTION_HONORIFICS) {
        if (token.endsWith(honorific) && officialNames.contains(token.substring(0, token.length() - honorific.length()))) {
          return true;
        }
      }
      return false;
    }

    /** The line without its spaces is one official's name. */
    private boolean isSpacedName(String line) {
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (!isRegexSpace(c)) {
          if (kept.length() == longestName) {
            return false; // longer than any name: most lines are told apart here
          }
          kept.append(c);
        }
      }
      return officialNames.contains(kept.toString());
    }

    /** Every run of characters between caption separators is an official's name (true when there is none). */
    private boolean allNames(String line) {
      int start = -1;
      boolean afterName = false;
      for (int i = 0; i <= line.length(); i++) {
        boolean separator = i == line.length() || isCaptionSeparator(line.charAt(i));
        if (!separator && start < 0) {
          start = i;
        } else if (separator && start >= 0) {
          String token = line.substring(start, i);
          boolean honorific = afterName && CAPTION_HONORIFICS.contains(token); // 张伯礼 委员
          if (!honorific && !isOfficialName(token)) {
            return false;
          }
          afterName = !honorific;
          start = -1;
        }
      }
      return true;
    }

    /**
     * Names printed together, one a line, with nothing but blank lines between (photo captions under a headline): in a
     * block holding at least {@link #CAPTION_BLOCK} officials' names, the other names (whose headers the page prints in
     * a form not recognised, or not at all) are captions too, as long as they are fewer. Fewer officials' names could
     * surround a fragment of text (a caption inside a split sentence); and names of nobody on the page stay text:
     * without a header naming them, a list of names is the page's content.
     */
    private void findCaptionBlocks() {
      int i = 0;
      while (i < lines.length) {
        if (lines[i].isEmpty() || !(roles[i] == null || roles[i] == LineRole.CAPTION) || !nameLike(lines[i])) {
          i++;
          continue;
        }
        List<Integer> block = new ArrayList<>();
        int known = 0;
        int j = i;
        while (j < lines.length && (lines[j].isEmpty()
            || ((roles[j] == null || roles[j] == LineRole.CAPTION) && nameLike(lines[j])))) {
          if (!lines[j].isEmpty()) {
            block.add(j);
            known += roles[j] == LineRole.CAPTION ? 1 : 0;
          }
          j++;
        }
        if (known >= CAPTION_BLOCK && block.size() - known <= known) {
          block.forEach(k -> roles[k] = LineRole.CAPTION);
        }
        i = j;
      }
    }

    /** One or more names (2–4 Han characters, padded or with a middle dot) set apart by spaces or list marks. */
    private boolean nameLike(String line) {
      if (line.length() > 40 || !HeaderFinder.mayBeHeaderLine(line)) {
        return false;
      }
      if (PersonName.read(line, PersonName.MAX_GLUED) != null) {
        return true;
      }
      String[] names = line.split("[\\s\\p{Z}、，,]+");
      if (names.length < 2) {
        return false;
      }
      for (String n : names) {
        if (PersonName.read(n, PersonName.MAX_GLUED) == null) {
          return false;
        }
      }
      return true;
    }

    /**
     * Short unpunctuated lines that may be subtitles: the first text line after a header, and lines among the lead
     * that do not continue an open line. The layout repair decides: a subtitle unless the next line continues it.
     */
    private void findSubtitleCandidates() {
      boolean afterHeader = false;
      boolean previousOpen = false;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        if (roles[i] == LineRole.HEADER) {
          afterHeader = true;
          continue;
        }
        if (roles[i] != null) {
          continue; // captions, labels and bylines between a header and its subtitle
        }
        boolean lead = firstHeader < 0 || i < firstHeader;
        if (kinds[i] == null && (afterHeader || (lead && firstHeader >= 0 && !previousOpen))
            && looksLikeSubtitle(texts[i])) {
          kinds[i] = TextLine.Kind.SUBTITLE_CANDIDATE;
        }
        afterHeader = false;
        previousOpen = ParagraphJoiner.isOpen(lines[i]);
      }
    }

    /**
     * Short, unpunctuated, neither opening the way sentences do (2024年是…, 一是…) nor ending on a word that needs
     * more (…卫生与, 回眸2): a phrase, not a piece of a sentence.
     */
    private boolean looksLikeSubtitle(String line) {
      int length = line.codePointCount(0, line.length());
      if (length < 2 || length > MAX_SUBTITLE_LENGTH || PieceText.opensSentence(line)
          || SUBTITLE_CANNOT_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
        return false;
      }
      for (int i = 0; i < line.length(); i++) {
        if (SUBTITLE_FORBIDDEN.indexOf(line.charAt(i)) >= 0) {
          return false;
        }
      }
      return line.codePoints().anyMatch(TextUtil::isHan);
    }

    /**
     * A headline without markdown: a short unpunctuated line, preferably printed as spaced phrases; before the first
     * header it must not be the tail of an open lead line.
     */
    private void findHeadline() {
      int end = firstHeader >= 0 ? firstHeader : lines.length;
      int pick = firstMatching(0, end, true);
      if (pick < 0) {
        pick = firstHeader >= 0 ? shortLineBeforeHeaders(end) : firstLineIfShort();
      }
      if (pick < 0 && firstHeader >= 0) {
        pick = standalonePhrasedLineAfterHeaders();
      }
      if (pick >= 0) {
        roles[pick] = LineRole.HEADLINE;
        headline = lines[pick];
      }
    }

    private int firstMatching(int from, int to, boolean phrased) {
      for (int i = from; i < to; i++) {
        if (roles[i] == null && !lines[i].isEmpty() && looksLikeHeadline(i)
            && (!phrased || PHRASED_HEADLINE.matcher(lines[i]).matches())) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The first short unpunctuated line that does not continue an open line; failing that the last one, since a
     * headline may follow a lead the extraction cut short.
     */
    private int shortLineBeforeHeaders(int end) {
      boolean previousOpen = false;
      int last = -1;
      for (int i = 0; i < end; i++) {
        if (roles[i] != null || lines[i].isEmpty()) {
          continue;
        }
        if (looksLikeHeadline(i)) {
          if (!previousOpen) {
            return i;
          }
          last = i;
        }
        previousOpen = ParagraphJoiner.isOpen(lines[i]);
      }
      return last;
    }

    /**
     * A spaced-phrase line among the statements is taken as the headline only when it stands alone (blank lines
     * around it) after closed text: a spaced phrase inside running text is more likely damaged text.
     */
    private int standalonePhrasedLineAfterHeaders() {
      boolean previousOpen = false;
      for (int i = firstHeader; i < lines.length; i++) {
        if (lines[i].isEmpty() || (roles[i] != null && roles[i] != LineRole.HEADER)) {
          continue;
        }
        if (roles[i] == LineRole.HEADER) {
          previousOpen = false;
          continue;
        }
        boolean alone = (i == 0 || lines[i - 1].isEmpty()) && (i + 1 >= lines.length || lines[i + 1].isEmpty());
        if (alone && !previousOpen && looksLikeHeadline(i) && PHRASED_HEADLINE.matcher(lines[i]).matches()) {
          return i;
        }
        previousOpen = ParagraphJoiner.isOpen(lines[i]);
      }
      return -1;
    }

    private int firstLineIfShort() {
      for (int i = 0; i < lines.length; i++) {
        if (roles[i] == null && !lines[i].isEmpty()) {
          return looksLikeHeadline(i) ? i : -1;
        }
      }
      return -1;
    }

    private boolean looksLikeHeadline(int i) {
      return !listLines[i] && looksLikeHeadline(lines[i]);
    }

    private boolean looksLikeHeadline(String line) {
      int length = line.codePointCount(0, line.length());
      if (length < 2 || length > MAX_HEADLINE_LENGTH) {
        return false;
      }
      for (int i = 0; i < line.length(); i++) {
        if (HEADLINE_FORBIDDEN.indexOf(line.charAt(i)) >= 0) {
          return false;
        }
      }
      return line.codePoints().anyMatch(TextUtil::isHan);
    }

    private int nextNonBlank(int from) {
      for (int i = from; i < lines.length; i++) {
        if (!lines[i].isEmpty()) {
          return i;
        }
      }
      return -1;
    }

    /** Each official's name (as headers read it) → the province of the statement the header opens, where known. */
    private Map<String, String> provinceByName() {
      Map<String, String> byName = new HashMap<>();
      for (List<HeaderParser.Header> hs : headers) {
        for (HeaderParser.Header h : hs) {
          if (h.province() != null) {
            byName.putIfAbsent(h.official().name(), h.province());
          }
        }
      }
      return byName;
    }

    /** The first name in a caption line whose statement has a province: 张波, 钟东波 刘俊彩, 张　波. */
    private TextLine.Caption captionOf(String line, Map<String, String> provinceOf) {
      String whole = HeaderParser.nameLine(line);
      if (whole != null && provinceOf.containsKey(whole)) {
        return new TextLine.Caption(whole, provinceOf.get(whole));
      }
      for (String name : line.split("[\\s\\p{Z}、，,]+")) {
        if (provinceOf.containsKey(name)) {
          return new TextLine.Caption(name, provinceOf.get(name));
        }
      }
      return null;
    }

    private TextLine.Kind kind(int i) {
      return kinds[i] == null ? TextLine.Kind.TEXT : kinds[i];
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
      Map<String, String> provinceOf = provinceByName();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        int number = i + 1;
        Piece.Gap gap = section ? Piece.Gap.SECTION : interrupted ? Piece.Gap.INTERRUPTED
            : lastText == i - 1 ? Piece.Gap.LINE : Piece.Gap.BLANK;
        switch (roles[i]) {
          case HEADER -> {
            for (HeaderParser.Header h : headers.get(i)) {
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
            current.lines.add(new TextLine(number, texts[i], gap, kind(i), caption));
            inHeaderGroup = false;
            lastText = i;
            interrupted = false;
            section = false;
            caption = null;
          }
          case LEAD -> {
            lead.add(new TextLine(number, texts[i], gap, kind(i), caption));
            lastText = i;
            interrupted = false;
            section = false;
            caption = null;
          }
          case CAPTION -> {
            interrupted = true; // article data: it does not end a statement
            caption = captionOf(lines[i], provinceOf);
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
        LineRole role = roles[i];
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
      return new Article(source, articleId, year, null, headline, leadText, List.copyOf(reporters), statements,
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

    StatementBuilder(String id, HeaderParser.Header header) {
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
