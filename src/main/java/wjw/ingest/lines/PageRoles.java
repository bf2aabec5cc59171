package wjw.ingest.lines;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import wjw.ingest.headers.HeaderFinder;
import wjw.ingest.headers.HeaderMarks;
import wjw.ingest.layout.TextLine;
import wjw.ingest.model.LineRole;
import wjw.ingest.text.Markup;
import wjw.ingest.text.Sentences;
import wjw.ingest.text.TextUtil;

/**
 * Gives every non-blank line of a page its role once the headers are known: page furniture (headline, bylines and
 * credits, captions, page labels, datelines, section labels) wherever it sits, the lead before the first header,
 * statement text after; and reads how each text line may be taken (a subtitle, or text) and its text without markup.
 */
public final class PageRoles {
  private static final Set<String> STANDALONE_BYLINE_TAIL = Set.of("联合采写", "联合报道");
  private static final String HEADLINE_FORBIDDEN = "，。！？；,;!?：:…";
  private static final int MAX_HEADLINE_LENGTH = 30;
  /** A subtitle is a short phrase: 让红色薪火代代相传. */
  private static final int MAX_SUBTITLE_LENGTH = 24;
  private static final String SUBTITLE_FORBIDDEN = "，。！？；,;!?：:…（）()";
  /** Words that leave a phrase unfinished, and digits (a number cut in two). */
  private static final String SUBTITLE_CANNOT_END = "与和或并而的地得之把被将从向、0123456789";
  // Two or more short phrases set apart by spaces, as headlines are printed: 以人为本 健康优先.
  private static final Pattern PHRASED_HEADLINE = Pattern.compile(
      "^[\\p{IsHan}“”‘’《》·、]{2,16}(?:[\\s\\p{Z}]+[\\p{IsHan}“”‘’《》·、0-9]{2,16})+$");

  private final String[] lines;
  private final LineRole[] roles;
  private final TextLine.Kind[] kinds;
  private final String[] texts;
  private final int firstHeader;
  /** Header-like lines of a list of people: text, never the headline. */
  private final boolean[] listLines;
  private final Captions captions;
  /** Bylines are read the same on every page. */
  private static final BylineParser BYLINES = new BylineParser();
  private final Set<String> reporters = new LinkedHashSet<>();
  private String headline;

  /** Roles for {@code lines} (trimmed) given the headers found on them. */
  public PageRoles(String[] lines, HeaderFinder.Found headers) {
    this.lines = lines;
    this.roles = new LineRole[lines.length];
    this.kinds = new TextLine.Kind[lines.length];
    this.texts = new String[lines.length];
    this.firstHeader = headers.firstHeader();
    this.listLines = headers.listLine();
    this.captions = new Captions(headers.names(), headers.byLine());
    for (int i = 0; i < lines.length; i++) {
      texts[i] = Markup.text(lines[i]);
      if (headers.headerLine()[i]) {
        roles[i] = LineRole.HEADER;
      }
    }
    classifyArticleLines();
    captions.findBlocks(lines, roles);
    if (headline == null) {
      findHeadline();
    }
    findSubtitleCandidates();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty() && roles[i] == null) {
        roles[i] = firstHeader >= 0 && i < firstHeader ? LineRole.LEAD : LineRole.STATEMENT;
      }
    }
  }

  /** The role of line i (null for a blank line). */
  public LineRole role(int i) {
    return roles[i];
  }

  /** How text line i may be read. */
  public TextLine.Kind kind(int i) {
    return kinds[i] == null ? TextLine.Kind.TEXT : kinds[i];
  }

  /** Line i's text without markup (# heading marks, **bold** around it). */
  public String text(int i) {
    return texts[i];
  }

  public String headline() {
    return headline;
  }

  public List<String> reporters() {
    return List.copyOf(reporters);
  }

  /** Whose photo caption line i is: the official and the province of the statement, or null. */
  public TextLine.Caption caption(int i) {
    return captions.captionOf(lines[i]);
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
      } else if (captions.isCaption(line)) {
        roles[i] = LineRole.CAPTION;
      } else if (STANDALONE_BYLINE_TAIL.contains(line)) {
        // 联合采写 is never statement text, even when something got between it and its byline.
        roles[i] = LineRole.BYLINE;
      } else if (BYLINES.isBylineStart(unmarked(line))) {
        roles[i] = LineRole.BYLINE;
        reporters.addAll(BYLINES.reporters(unmarked(line)));
        int next = nextNonBlank(i + 1);
        if (next >= 0 && roles[next] == null && BYLINES.isBylineTail(lines[next])) {
          roles[next] = LineRole.BYLINE;
          reporters.addAll(BYLINES.reporters(lines[next]));
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
      previousOpen = Sentences.isOpen(lines[i]);
    }
  }

  /**
   * Short, unpunctuated, neither opening the way sentences do (2024年是…, 一是…) nor ending on a word that needs
   * more (…卫生与, 回眸2): a phrase, not a piece of a sentence.
   */
  private boolean looksLikeSubtitle(String line) {
    int length = line.codePointCount(0, line.length());
    if (length < 2 || length > MAX_SUBTITLE_LENGTH || Sentences.opensSentence(line)
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
      previousOpen = Sentences.isOpen(lines[i]);
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
      previousOpen = Sentences.isOpen(lines[i]);
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
}
