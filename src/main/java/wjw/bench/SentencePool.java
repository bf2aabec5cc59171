package wjw.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wjw.ingest.ArticleReader;
import wjw.ingest.decode.BadArticleException;
import wjw.ingest.model.Article;
import wjw.ingest.model.Paragraph;
import wjw.ingest.model.Statement;
import wjw.ingest.places.Provinces;

/** The seeds' statement sentences, to recombine into new paragraphs, retargeted to another province and year. */
final class SentencePool {

  /**
   * One seed sentence, with the year of the page it came from (its 2025年 means "last year" there); {@code plain}
   * when it names no province and no year, so it is used as it is.
   */
  record Sentence(String text, int year, boolean plain) {
    Sentence(String text, int year) {
      this(text, year, false);
    }
  }

  private static final String ENDS = "。！？；;!?";
  private static final String CLOSING = "”’」』）)】》";
  private static final int MIN_LENGTH = 8;
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])20[0-9]{2}(?![0-9])");

  private final List<Sentence> sentences;
  /** Indexes of the sentences that name a province: retargeted to another one, they make a place-heavy paragraph. */
  private final int[] placeNaming;
  private final Pattern provinceNames;
  private final Set<String> fullNames = new HashSet<>();

  private SentencePool(List<Sentence> sentences) {
    List<String> names = new ArrayList<>();
    for (Provinces.Province p : CorpusGenerator.MAINLAND) {
      names.add(p.name());
      fullNames.add(p.name());
      names.add(p.shortName());
    }
    // Longest first, so 辽宁省 is replaced whole and not as 辽宁 + 省.
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.provinceNames = Pattern.compile(String.join("|", names));
    // Decided once here: the regexes are most of the cost of composing a page, and most sentences need neither.
    this.sentences = sentences.stream()
        .map(x -> new Sentence(x.text(), x.year(),
            !provinceNames.matcher(x.text()).find() && !YEAR.matcher(x.text()).find()))
        .toList();
    this.placeNaming = java.util.stream.IntStream.range(0, this.sentences.size())
        .filter(i -> provinceNames.matcher(this.sentences.get(i).text()).find())
        .toArray();
  }

  /**
   * Reads every article file in {@code seedsDir} ({@link ArticleReader#articleFiles}), in file-name order so the pool
   * is the same on every run.
   */
  static SentencePool load(Path seedsDir) throws IOException {
    ArticleReader reader = new ArticleReader();
    List<Sentence> sentences = new ArrayList<>();
    for (Path file : ArticleReader.articleFiles(seedsDir)) {
      Article article;
      try {
        article = reader.read(file).article();
      } catch (BadArticleException e) {
        throw new IOException("seed page unreadable: " + e.getMessage(), e);
      }
      int year = article.year() == null ? CorpusGenerator.LAST_YEAR : article.year();
      for (Statement s : article.statements()) {
        for (Paragraph p : s.paragraphs()) {
          split(p.text(), year, sentences);
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IOException("no statement sentences found in " + seedsDir + " (need *.txt or *.md pages)");
    }
    return new SentencePool(sentences);
  }

  /**
   * Splits at 。！？； and their ASCII forms (the 2024 seed uses ;), closing quotes staying with their sentence; an
   * unfinished tail is dropped.
   */
  static void split(String paragraph, int year, List<Sentence> into) {
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      if (ENDS.indexOf(paragraph.charAt(i)) < 0) {
        continue;
      }
      int end = i + 1;
      while (end < paragraph.length() && CLOSING.indexOf(paragraph.charAt(end)) >= 0) {
        end++;
      }
      String text = paragraph.substring(start, end).strip();
      if (text.codePointCount(0, text.length()) >= MIN_LENGTH) {
        into.add(new Sentence(text, year));
      }
      start = end;
      i = end - 1;
    }
  }

  int size() {
    return sentences.size();
  }

  Sentence get(int index) {
    return sentences.get(index);
  }

  /** How many sentences name a province. */
  int placeNamingSize() {
    return placeNaming.length;
  }

  /** The {@code index}-th sentence that names a province, and its index among all sentences. */
  int placeNaming(int index) {
    return placeNaming[index];
  }

  /**
   * The sentence as if said by {@code province} in {@code year}: other provinces' names become this one's, and
   * years move by the distance between the two pages' years.
   */
  String retarget(Sentence sentence, Provinces.Province province, int year) {
    String text = sentence.text();
    if (sentence.plain()) {
      return text;
    }
    Matcher m = provinceNames.matcher(text);
    if (m.find()) {
      StringBuilder out = new StringBuilder(text.length() + 8);
      do {
        m.appendReplacement(out, fullNames.contains(m.group()) ? province.name() : province.shortName());
      } while (m.find());
      m.appendTail(out);
      text = out.toString();
    }
    int shift = year - sentence.year();
    if (shift != 0) {
      Matcher y = YEAR.matcher(text);
      if (y.find()) {
        StringBuilder out = new StringBuilder(text.length());
        do {
          y.appendReplacement(out, Integer.toString(Integer.parseInt(y.group()) + shift));
        } while (y.find());
        y.appendTail(out);
        text = out.toString();
      }
    }
    return text;
  }
}
