package wjw.search;

/**
 * One completion for the search box: {@code text} to show, {@code kind} {@value #OFFICIAL} (then {@code value} is the
 * official's name, to filter on, and {@code province} where they served) or {@value #WORD} (then {@code value} is a
 * word of the corpus, to search for), and {@code statements}: how many statements name the official, or hold the word
 * (for a two-character word exactly what a search for it counts; for a longer one the statements smartcn segments it
 * in, which a literal search can exceed).
 */
public record Suggestion(String text, String kind, String value, String province, long statements) {
  public static final String OFFICIAL = "official";
  public static final String WORD = "word";
}
