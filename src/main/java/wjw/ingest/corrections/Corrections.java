package wjw.ingest.corrections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wjw.ingest.model.Article;

/**
 * A curator's corrections to segmented articles (moved paragraphs, officials' names and titles,
 * article year, date and source), read from {@code corrections.json} and applied after segmentation.
 */
public final class Corrections {
  /** The usual file name, beside the article files. */
  public static final String FILE_NAME = "corrections.json";

  /** One correction; {@code number} is its 1-based place in the file, {@code article} the id or file name it names. */
  public sealed interface Correction permits Move, FixOfficial, SetFields {
    int number();

    String article();

    String note();
  }

  /**
   * Moves the paragraph starting with {@code paragraph}, or every paragraph with a line in
   * {@code [firstLine, lastLine]}, to the statement of official {@code to}, after the paragraph
   * starting with {@code after} (null: at the end).
   */
  public record Move(int number, String article, String note, String paragraph, Integer firstLine, Integer lastLine,
      String to, String after) implements Correction {}

  /** Renames and/or retitles official {@code official} (null name or title: unchanged) in every statement of the article. */
  public record FixOfficial(int number, String article, String note, String official, String name, String title)
      implements Correction {}

  /** Sets the article's year (and its statements'), date and/or source; null fields are unchanged. */
  public record SetFields(int number, String article, String note, Integer year, String date, String source)
      implements Correction {}

  /** An article after corrections, with what could not be applied to it. */
  public record Applied(Article article, List<String> warnings) {
    public Applied {
      warnings = List.copyOf(warnings);
    }
  }

  private final String label;
  private final List<Correction> corrections;

  private Corrections(String label, List<Correction> corrections) {
    this.label = label;
    this.corrections = List.copyOf(corrections);
  }

  /** No corrections at all. */
  public static Corrections none() {
    return new Corrections(FILE_NAME, List.of());
  }

  /**
   * The corrections kept beside the articles of {@code folder} ({@value #FILE_NAME}), or none when there is no such
   * file.
   */
  public static Corrections beside(Path folder) throws CorrectionsException {
    Path file = folder.resolve(FILE_NAME);
    return Files.exists(file) ? load(file) : none();
  }

  /** Reads and validates {@code file}; any problem is an exception naming the file, the entry and what is wrong. */
  public static Corrections load(Path file) throws CorrectionsException {
    String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CorrectionsException(label + ": cannot read " + file + ": " + e.getMessage());
    }
    return parse(label, json);
  }

  /** Validates a corrections document given as text; {@code label} names it in messages. */
  public static Corrections parse(String label, String json) throws CorrectionsException {
    return new Corrections(label, new CorrectionsParser(label).parse(json));
  }

  /** The corrections in file order. */
  public List<Correction> list() {
    return corrections;
  }

  /** Applies, in file order, every correction naming this article. */
  public Applied apply(Article article) {
    ArticleDraft draft = new ArticleDraft(article);
    List<String> warnings = new ArrayList<>();
    for (Correction c : corrections) {
      if (!names(c, article.id())) {
        continue;
      }
      String problem = switch (c) {
        case Move m -> draft.move(m, evidence(m));
        case FixOfficial f -> draft.fixOfficial(f);
        case SetFields s -> draft.set(s);
      };
      if (problem != null) {
        warnings.add(label + " #" + c.number() + ": " + problem + " in " + article.id());
      }
    }
    return new Applied(draft.build(), warnings);
  }

  /** Warnings for the corrections that name none of {@code articleIds} (the articles actually read). */
  public List<String> unmatchedArticles(Collection<String> articleIds) {
    Set<String> ids = new HashSet<>(articleIds);
    List<String> warnings = new ArrayList<>();
    for (Correction c : corrections) {
      if (!ids.contains(Article.idOf(c.article()))) {
        warnings.add(label + " #" + c.number() + ": no article " + c.article() + " among the articles read");
      }
    }
    return warnings;
  }

  /** Entries give an article id or its file name (000_x or 000_x.txt); both reduce to the id. */
  private static boolean names(Correction c, String articleId) {
    return Article.idOf(c.article()).equals(articleId);
  }

  private String evidence(Move m) {
    String what = m.note() != null ? m.note()
        : "moved to " + m.to() + "'s statement ("
            + (m.paragraph() != null ? "paragraph starting " + m.paragraph() : "lines " + m.firstLine() + "-" + m.lastLine())
            + ")";
    return "curator correction #" + m.number() + ": " + what;
  }
}
