package wjw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * Fuzzy ({@code ~}) and wildcard ({@code *}, {@code ?}) words turned into the index terms they match,
 * before the search runs, so that collecting and highlighting them costs what typed words cost
 * (Lucene's own multi-term queries expand again in every segment and, in the highlighter, scan the
 * whole term dictionary for every hit). One instance per request: all its words share one budget of
 * {@link RequestLimits#MAX_EXPANDED_TERMS} distinct index terms, and the request's {@link Deadline}
 * is checked as the terms are read.
 */
final class TermExpansion {
  /** Kept per fuzzy word, closest first, then most frequent: Lucene's FuzzyQuery keeps 50 too. */
  static final int FUZZY_TERMS_KEPT = 50;
  /**
   * The highest code point a fuzzy word and its matches may hold: Basic Latin through Latin
   * Extended-B. Edits may otherwise replace every letter, so {@code ab~2} matched every Chinese
   * bigram and single character (94,699 of 100,000 statements).
   */
  static final int LATIN_MAX = 0x024F;
  /** Terms read between two looks at the deadline. */
  private static final int CHECK_EVERY = 256;
  static final String STAGE = "expanding fuzzy and wildcard words";

  /** One index term a word expanded to, and how many edits away it is (0 for wildcards). */
  record Expanded(String term, int edits) {}

  private final IndexReader reader;
  private final Deadline deadline;
  private final int budget;
  private final Set<String> distinct = new HashSet<>();
  private final Map<String, List<Expanded>> done = new HashMap<>();

  TermExpansion(IndexReader reader, Deadline deadline) {
    this(reader, deadline, RequestLimits.MAX_EXPANDED_TERMS);
  }

  TermExpansion(IndexReader reader, Deadline deadline, int budget) {
    this.reader = reader;
    this.deadline = deadline;
    this.budget = budget;
  }

  /**
   * No expansion here: the parser leaves fuzzy and wildcard words as Lucene's own multi-term queries
   * ({@code FuzzyQuery} keeping {@link #FUZZY_TERMS_KEPT} terms, {@code WildcardQuery}, {@code PrefixQuery})
   * for a backend that expands them against its own index (OpenSearch), and for the highlighter, which
   * expands them against the one text it marks.
   */
  static TermExpansion deferred() {
    return new TermExpansion(null, null, 0);
  }

  /** True when words are left for the backend to expand ({@link #deferred()}). */
  boolean isDeferred() {
    return reader == null;
  }

  /** True when {@code word} may be searched fuzzily: Latin letters, digits and their punctuation only. */
  static boolean isLatin(String word) {
    return word.codePoints().allMatch(c -> c <= LATIN_MAX);
  }

  /**
   * The terms of {@code field} within {@code edits} of {@code word} that hold only Latin letters and
   * digits, at most {@link #FUZZY_TERMS_KEPT} of them; {@code word} must be {@link #isLatin}.
   */
  List<Expanded> fuzzy(String field, String word, int edits) {
    return done.computeIfAbsent("~" + edits + "\u0000" + field + "\u0000" + word, key -> {
      int[] letters = word.codePoints().toArray();
      // alphaMax bounds the letters an edit may put in: no Han character can enter a match
      Automaton automaton = new LevenshteinAutomata(letters, LATIN_MAX, true).toAutomaton(edits);
      Map<String, long[]> found = new HashMap<>(); // term -> {edits, docFreq}
      read(field, new CompiledAutomaton(automaton, true, true), word + "~" + edits, (term, docFreq) -> found
          .computeIfAbsent(term, t -> new long[] {distance(letters, t.codePoints().toArray()), 0})[1] += docFreq);
      return found.entrySet().stream()
          .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0])
              .thenComparing(e -> -e.getValue()[1])
              .thenComparing(Map.Entry::getKey))
          .limit(FUZZY_TERMS_KEPT)
          .map(e -> new Expanded(e.getKey(), (int) e.getValue()[0]))
          .toList();
    });
  }

  /** Every term of {@code field} the (already determinized) wildcard automaton accepts. */
  List<Expanded> pattern(String field, Automaton automaton, String shown) {
    return done.computeIfAbsent("*\u0000" + field + "\u0000" + shown, key -> {
      List<Expanded> found = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      read(field, new CompiledAutomaton(automaton), shown, (term, docFreq) -> {
        if (seen.add(term)) {
          found.add(new Expanded(term, 0));
        }
      });
      return found;
    });
  }

  /** Every term of {@code prefix}…, as {@link #pattern}. */
  List<Expanded> prefix(String field, String prefix) {
    Automaton automaton = Operations.concatenate(Automata.makeString(prefix), Automata.makeAnyString());
    return pattern(field, Operations.determinize(automaton, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT), prefix + "*");
  }

  private interface Sink {
    void accept(String term, int docFreq);
  }

  private void read(String field, CompiledAutomaton automaton, String shown, Sink sink) {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        deadline.check(STAGE);
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum matches = automaton.getTermsEnum(terms);
        int read = 0;
        for (BytesRef term = matches.next(); term != null; term = matches.next()) {
          if (++read % CHECK_EVERY == 0) {
            deadline.check(STAGE);
          }
          String text = term.utf8ToString();
          if (distinct.add(field + "\u0000" + text) && distinct.size() > budget) {
            throw new QueryRejectedException("q", "the fuzzy (~) and wildcard (*, ?) words of the query match more than "
                + budget + " different index terms, the limit per request (max expanded terms), reached at '"
                + abbreviate(shown) + "'; use fewer of them, or longer words before the * or ~");
          }
          sink.accept(text, matches.docFreq());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the term dictionary failed", e);
    }
  }

  /** Edits between two words, a swap of neighbours counting as one (as the automaton counts them). */
  static int distance(int[] a, int[] b) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) d[i][0] = i;
    for (int j = 0; j <= b.length; j++) d[0][j] = j;
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
