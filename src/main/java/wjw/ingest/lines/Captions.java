package wjw.ingest.lines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wjw.ingest.headers.Header;
import wjw.ingest.headers.HeaderFinder;
import wjw.ingest.headers.PersonName;
import wjw.ingest.layout.TextLine;
import wjw.ingest.model.LineRole;
import wjw.ingest.text.TextUtil;

/**
 * The photo captions of a page: lines holding only names of the officials its headers name (张波, 钟东波 刘俊彩,
 * 张　波, 葛明华代表), and blocks of names printed together; and whose photo a caption is, as place evidence for the
 * text printed after it.
 */
final class Captions {
  /** What a caption may add to an official's name. */
  private static final List<String> HONORIFICS = List.of("代表", "委员", "院士", "教授", "同志");
  /** Officials' names printed together, one a line: this many make a block of captions. */
  private static final int BLOCK = 3;

  private final Set<String> officialNames;
  private final int longestName;
  /** Each official's name → the province of the statement the header opens, where known. */
  private final Map<String, String> provinceOf = new HashMap<>();

  Captions(Set<String> officialNames, List<List<Header>> headers) {
    this.officialNames = officialNames;
    this.longestName = officialNames.stream().mapToInt(String::length).max().orElse(0);
    for (List<Header> hs : headers) {
      for (Header h : hs) {
        if (h.province() != null) {
          provinceOf.putIfAbsent(h.official().name(), h.province());
        }
      }
    }
  }

  /** A line holding only names of officials named in headers anywhere on the page. */
  boolean isCaption(String line) {
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
    for (String honorific : HONORIFICS) {
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
      if (!TextUtil.isRegexSpace(c)) {
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
        boolean honorific = afterName && HONORIFICS.contains(token); // 张伯礼 委员
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
   * block holding at least {@link #BLOCK} officials' names, the other names (whose headers the page prints in
   * a form not recognised, or not at all) are captions too, as long as they are fewer. Fewer officials' names could
   * surround a fragment of text (a caption inside a split sentence); and names of nobody on the page stay text:
   * without a header naming them, a list of names is the page's content.
   */
  void findBlocks(String[] lines, LineRole[] roles) {
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
      if (known >= BLOCK && block.size() - known <= known) {
        block.forEach(k -> roles[k] = LineRole.CAPTION);
      }
      i = j;
    }
  }

  /** One or more names (2–4 Han characters, padded or with a middle dot) set apart by spaces or list marks. */
  private static boolean nameLike(String line) {
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

  /** The first name in a caption line whose statement has a province: 张波, 钟东波 刘俊彩, 张　波. */
  TextLine.Caption captionOf(String line) {
    String whole = PersonName.readLine(line);
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

  /** What sets names apart in a caption: whitespace and list marks. */
  private static boolean isCaptionSeparator(char c) {
    return TextUtil.isRegexSpace(c) || c == '、' || c == '，' || c == ',';
  }
}
