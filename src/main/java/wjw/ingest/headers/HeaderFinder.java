package wjw.ingest.headers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import wjw.ingest.text.Sentences;
import wjw.ingest.text.TextUtil;

/**
 * Finds a page's speaker headers: one-line headers ({@link HeaderParser#parseAll}), headers printed over two or three
 * lines (roles, then the name; the name, then the roles in brackets), and gives up what only looks like headers — a
 * glued title and name that ends a wrapped sentence, a list of people without a word of statement.
 */
public final class HeaderFinder {

  /** A line of photo captions names a few people. */
  private static final int MAX_CAPTION_LINE = 40;
  /** An organisation printed on a line of its own is short. */
  private static final int MAX_ORGANIZATION_LINE = 30;
  /** A header's lines may be set apart by at most this many blank lines. */
  private static final int MAX_BLANKS_INSIDE = 2;
  /** A run of headers with no text between them naming this many organisations is a list of people, not speakers. */
  static final int LIST_HEADERS = 3;
  /** What follows an official's name in a report, not in a header: 王仁元介绍，… */
  private static final Pattern REPORTED_SPEECH = Pattern.compile(
      "^(?:介绍|表示|指出|强调|认为|说|称|透露|坦言|建议|提出|谈到|回答|解释|告诉记者|接受\\p{IsHan}{0,8}采访|一行|等人)");

  /**
   * The headers per line (empty for other lines), the lines that are part of a header, the first header line, and how
   * many header-like lines were given up as a list of people.
   */
  public record Found(List<List<Header>> byLine, boolean[] headerLine, int firstHeader, boolean[] listLine) {
    /** How many header-like lines were given up as a list of people. */
    public int dropped() {
      int n = 0;
      for (boolean b : listLine) {
        n += b ? 1 : 0;
      }
      return n;
    }

    public Set<String> names() {
      Set<String> names = new HashSet<>();
      byLine.forEach(hs -> hs.forEach(h -> names.add(h.official().name())));
      return names;
    }
  }

  /** The grammar holds no state: one serves every page. */
  private static final HeaderParser PARSER = new HeaderParser();

  private final String[] lines;
  private final List<List<Header>> byLine = new ArrayList<>();
  private final boolean[] headerLine;
  /** Header-like lines given up as a list of people: text, and no headline either. */
  private final boolean[] listLine;
  /** The names of the headers found, to tell captions (no text) from text between headers. */
  private Set<String> names = Set.of();

  /** A finder for the headers on {@code lines} (trimmed). */
  public HeaderFinder(String[] lines) {
    this.lines = lines;
    this.headerLine = new boolean[lines.length];
    this.listLine = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) {
      byLine.add(List.of());
    }
  }

  public Found find() {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty() || headerLine[i] || !mayBeHeaderLine(lines[i])) {
        continue;
      }
      List<Header> found = PARSER.parseAll(lines[i]);
      if (!found.isEmpty()) {
        if (found.size() > 1 || found.get(0).firm() || !endsSentence(i)) {
          byLine.set(i, found);
          headerLine[i] = true;
        }
        continue;
      }
      multiLine(i);
    }
    dropLists();
    int first = -1;
    for (int i = 0; i < lines.length && first < 0; i++) {
      if (headerLine[i]) {
        first = i;
      }
    }
    return new Found(byLine, headerLine, first, listLine);
  }

  /**
   * A glued, unmarked header ({@code 浙江省卫生健康委主任王仁元}) is the end of a wrapped sentence when the line above
   * runs into it or the line below reports what the official said.
   */
  private boolean endsSentence(int i) {
    if (i > 0 && !lines[i - 1].isEmpty() && !headerLine[i - 1] && Sentences.isOpen(lines[i - 1])) {
      return true;
    }
    return i + 1 < lines.length && !lines[i + 1].isEmpty() && REPORTED_SPEECH.matcher(lines[i + 1]).find();
  }

  /**
   * Short and without the end of a sentence (。！？；…): no header, nor any line of one, is longer or has one. Most
   * lines of a page are told apart here.
   */
  public static boolean mayBeHeaderLine(String line) {
    if (line.length() > HeaderParser.MAX_HEADER_LENGTH * 2) {
      return false;
    }
    for (int k = 0; k < line.length(); k++) {
      switch (line.charAt(k)) {
        case '。', '！', '？', '；', '…' -> {
          return false;
        }
        default -> { }
      }
    }
    return true;
  }

  /** Roles on one line (or two), the name on the next; or the name, then the roles in brackets. */
  private void multiLine(int i) {
    if (lines[i].length() > HeaderParser.MAX_HEADER_LENGTH) {
      return;
    }
    int j = nextNonBlank(i + 1);
    if (j < 0 || !mayBeHeaderLine(lines[j])) {
      return;
    }
    SpeakerRoles.Roles roles = PARSER.rolesLine(lines[i]);
    String name = PersonName.readLine(lines[j]);
    if (roles != null && name != null) {
      mark(HeaderParser.header(roles, name, true), i, j);
      return;
    }
    String first = PersonName.readLine(lines[i]);
    SpeakerRoles.Roles bracketed = first == null ? null : PARSER.bracketLine(lines[j]);
    if (bracketed != null) {
      mark(HeaderParser.header(bracketed, first, true), i, j);
      return;
    }
    // the organisation alone on one line, title and name on the next: 北京市卫生健康委 / 党委书记 钟东波
    if (PARSER.rolesLine(lines[i]) == null && lines[i].length() <= MAX_ORGANIZATION_LINE) {
      java.util.Optional<Header> joined = PARSER.parse(lines[i] + lines[j]);
      if (joined.isPresent() && HeaderMarks.strip(lines[i]).core().equals(joined.get().organization())) {
        mark(joined.get(), i, j);
        return;
      }
    }
    int k = nextNonBlank(j + 1);
    if (k < 0 || name != null || !mayBeHeaderLine(lines[k]) || (name = PersonName.readLine(lines[k])) == null) {
      return;
    }
    SpeakerRoles.Roles twoLines = PARSER.rolesOverTwoLines(lines[i], lines[j]);
    if (twoLines != null) {
      mark(HeaderParser.header(twoLines, name, true), i, j, k);
    }
  }

  private void mark(Header h, int... at) {
    byLine.set(at[0], List.of(h));
    for (int i : at) {
      headerLine[i] = true;
    }
  }

  private int nextNonBlank(int from) {
    for (int i = from; i < lines.length && i <= from + MAX_BLANKS_INSIDE; i++) {
      if (!lines[i].isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Headers with no statement after them are no speakers: a run of headers with nothing but captions and blank lines
   * between them naming {@link #LIST_HEADERS} organisations or more is a list of people; and when no header on the page
   * is followed by text, the page lists people and quotes none of them.
   */
  private void dropLists() {
    names = new Found(byLine, headerLine, -1, listLine).names();
    if (names.isEmpty()) {
      return;
    }
    List<List<Integer>> groups = groups();
    boolean anyText = false;
    for (List<Integer> group : groups) {
      Set<String> keys = new HashSet<>();
      int headers = 0;
      for (int i : group) {
        for (Header h : byLine.get(i)) {
          keys.add(h.organizationKey());
          headers++;
        }
      }
      if (headers >= LIST_HEADERS && keys.size() >= 2) {
        group.forEach(this::drop);
      } else if (textAfter(group.get(group.size() - 1))) {
        anyText = true;
      }
    }
    if (!anyText) {
      groups.forEach(g -> g.forEach(this::drop));
    }
  }

  private void drop(int headerStart) {
    if (!headerLine[headerStart]) {
      return; // dropped already, with its group
    }
    listLine[headerStart] = true;
    byLine.set(headerStart, List.of());
    headerLine[headerStart] = false;
    // the other lines of a multi-line header
    for (int i = headerStart + 1; i < lines.length && (lines[i].isEmpty() || (headerLine[i] && byLine.get(i).isEmpty()));
        i++) {
      headerLine[i] = false;
      listLine[i] = !lines[i].isEmpty();
    }
  }

  /** Only names of the page's headers: a photo caption (张波, 钟东波 刘俊彩, 张　波). */
  private boolean isCaption(String line) {
    if (line.length() > MAX_CAPTION_LINE || !mayBeHeaderLine(line)) {
      return false;
    }
    String name = PersonName.readLine(line);
    if (name != null && names.contains(name)) {
      return true;
    }
    for (String token : TextUtil.tokens(line.replace('、', ' ').replace('，', ' '))) {
      if (!names.contains(token)) {
        return false;
      }
    }
    return true;
  }

  /** Header start lines in runs with only blank lines, header lines and captions between them. */
  private List<List<Integer>> groups() {
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> current = null;
    for (int i = 0; i < lines.length; i++) {
      if (!byLine.get(i).isEmpty()) {
        if (current == null) {
          current = new ArrayList<>();
          groups.add(current);
        }
        current.add(i);
      } else if (!lines[i].isEmpty() && !headerLine[i] && !isCaption(lines[i])) {
        current = null;
      }
    }
    return groups;
  }

  /** Some line after the header that is neither a header, nor a name, nor blank. */
  private boolean textAfter(int header) {
    for (int i = header + 1; i < lines.length; i++) {
      if (!lines[i].isEmpty() && !headerLine[i] && !isCaption(lines[i])) {
        return true;
      }
    }
    return false;
  }
}
