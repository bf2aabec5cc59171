package wjw.ingest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import wjw.ingest.model.Official;

/**
 * Prints a speaker header the way one paper or another sets it: a {@link Family} chooses the layout, and within it
 * decorations (■ ● ▲ ◆ 【】 **bold** numbering), letter-spaced two-character names, colons, a space between
 * organisation and title, and the separator of a compound title (、，,) are mixed at random. The same names and titles in any family must segment alike.
 */
public final class HeaderTypesetter {

  /** One way of laying out headers. */
  public enum Family {
    /** As the seeds print them: {@code 山西省卫生健康委党组书记、主任 张波}, spaces of any kind. */
    SEED,
    /** Roles then name, always marked: {@code ■山西省卫生健康委党组书记、主任 张　波：}. */
    MARKED,
    /** Roles and name glued together: {@code 山西省卫生健康委党组书记、主任张波}. */
    GLUED,
    /** The name, then the roles in brackets: {@code 张波（山西省卫生健康委党组书记、主任）}. */
    BRACKETS,
    /** The name, then the roles after a comma or a dash: {@code 张波，山西省卫生健康委党组书记、主任}. */
    COMMA_DASH,
    /** The roles on one line, the name on the next. */
    TWO_LINES,
    /** Any of the above, header by header. */
    MIXED;

    /** Whether this family mixes in decorations, padded names, colons and title separators (all but the seeds'). */
    boolean varied() {
      return this != SEED;
    }
  }

  private static final String[] SEED_SEPARATORS = {" ", " ", " ", " ", "\u3000", "\u3000", "  ", "   ", "\u3000\u3000",
      " \u3000"};
  private static final String[] BULLETS = {"■", "●", "▲", "◆", "■■", "★", "▌"};
  private static final String[] PADDING = {"\u3000", "  ", " "};
  private static final String[] COLONS = {"：", ":"};
  private static final String[] TITLE_SEPARATORS = {"，", ","};
  private static final String[] DASHES = {"——", "—", "－－"};

  private final Family family;
  private final Random rnd;
  /** Whether this page letter-spaces two-character names (headers and captions alike). */
  private final boolean padNames;

  public HeaderTypesetter(Family family, Random rnd) {
    this.family = family;
    this.rnd = rnd;
    this.padNames = family.varied() && (family == Family.MARKED || rnd.nextDouble() < 0.4);
  }

  /** The printed lines of one header: {@code organization} as printed, {@code number} its place on the page (1…). */
  public List<String> header(String organization, Official official, int number) {
    Family f = family == Family.MIXED ? Family.values()[rnd.nextInt(Family.MIXED.ordinal())] : family;
    String title = title(official.title());
    // columns may set the title apart from the organisation by a space
    String gap = f.varied() && !organization.isEmpty() && chance(0.15) ? pick(new String[] {" ", "\u3000"}) : "";
    String roles = organization + gap + title;
    String name = caption(official.name());
    boolean colon = f == Family.MARKED || (f.varied() && chance(0.35));
    String end = colon ? pick(COLONS) : "";
    List<String> lines = new ArrayList<>();
    switch (f) {
      case SEED -> lines.add(roles + pick(SEED_SEPARATORS) + official.name());
      case MARKED -> lines.add(decorate(roles + pick(new String[] {" ", "\u3000", "", "："}) + name + end, number, true));
      case GLUED -> lines.add(decorate(roles + name + end, number, false));
      case BRACKETS -> lines.add(decorate(name + (chance(0.5) ? "（" + roles + "）" : "(" + roles + ")") + end, number,
          false));
      case COMMA_DASH -> lines.add(decorate(name + (chance(0.5) ? pick(new String[] {"，", ","}) : pick(DASHES)) + roles
          + end, number, false));
      case TWO_LINES -> {
        lines.add(decorate(roles, number, false));
        lines.add(name + end);
      }
      default -> throw new IllegalStateException(f.name());
    }
    return lines;
  }

  /** The name as this page prints it under a photo: letter-spaced when the page pads two-character names. */
  public String caption(String name) {
    return padNames && name.length() == 2 ? name.charAt(0) + pick(PADDING) + name.charAt(1) : name;
  }

  private String title(String title) {
    return family.varied() && title.contains("、") && chance(0.25) ? title.replace("、", pick(TITLE_SEPARATORS)) : title;
  }

  /** Leading and trailing marks: always in {@code MARKED}, sometimes elsewhere. */
  private String decorate(String line, int number, boolean always) {
    if (!family.varied() || !(always || chance(0.35))) {
      return line;
    }
    return switch (rnd.nextInt(6)) {
      case 0 -> "【" + line + "】";
      case 1 -> "**" + line + "**";
      case 2 -> number + ". " + line;
      case 3 -> numeral(number) + "、" + line;
      default -> pick(BULLETS) + line;
    };
  }

  private static String numeral(int n) {
    String[] digits = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n <= 10 ? digits[n - 1] : "十" + digits[(n - 1) % 10];
  }

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  int pick(int n) {
    return rnd.nextInt(n);
  }

  private String pick(String[] options) {
    return options[rnd.nextInt(options.length)];
  }
}
