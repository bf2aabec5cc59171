package wjw.search;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.util.automaton.Automaton;
import wjw.analysis.AnalyzedToken;
import wjw.index.Dimension;

/**
 * A query as the user wrote it, parsed once and before anything is looked up in the index: its literal runs and
 * quoted phrases, fields, filters, negations, ORs and boosts, and its fuzzy and wildcard words before expansion.
 * {@link QueryParsing} builds it from the query syntax; {@link LuceneQueries} turns it into the Lucene queries that
 * search and highlight; another backend (OpenSearch's query DSL) can translate the same tree. {@link #toString()}
 * writes it back in the query syntax, fully bracketed.
 *
 * <p>A {@code field} of null means an unqualified word: it searches every searchable value of a statement (text,
 * officials' names and titles, province, organisation) and marks statement text.
 */
public sealed interface Clause {

  /** How a part of a {@link Bool} counts: required, optional (at least one optional when nothing is required), excluded. */
  enum Occur { MUST, SHOULD, MUST_NOT }

  /**
   * A literal string in a text field: a run of characters, or a quoted phrase ({@code slop} &gt; 0 after
   * {@code "…"~N}). {@code tokens} are what pins it down in the literal analysis (bigrams, lone characters, words),
   * computed once; a literal with none is no clause (it is listed among the ignored ones).
   */
  record Literal(String field, String text, boolean quoted, int slop, List<AnalyzedToken> tokens) implements Clause {
    public Literal {
      tokens = List.copyOf(tokens);
    }

    @Override
    public String toString() {
      String shown = quoted ? '"' + text + '"' + (slop > 0 ? "~" + slop : "") : text;
      return field == null ? shown : field + ":" + shown;
    }
  }

  /** {@code name:value} on a dimension whose name is a filter in the query syntax (province:京, official:钟东波). */
  record Filter(Dimension dimension, String value) implements Clause {
    @Override
    public String toString() {
      return dimension.name() + ":" + value;
    }
  }

  /** {@code name:[low TO high]} on a numeric dimension, both ends included; null: open. */
  record Range(Dimension dimension, Integer low, Integer high) implements Clause {
    @Override
    public String toString() {
      return dimension.name() + ":[" + (low == null ? "*" : low) + " TO " + (high == null ? "*" : high) + "]";
    }
  }

  /** {@code word*}: the index terms of a text field starting with {@code prefix} (lower-cased Latin). */
  record Prefix(String field, String prefix) implements Clause {
    @Override
    public String toString() {
      return (field == null ? "" : field + ":") + prefix + "*";
    }
  }

  /**
   * {@code w?rd*}: the index terms of a text field the lower-cased {@code pattern} matches; {@code automaton} is the
   * pattern compiled while parsing, where one too complex to compile is refused.
   */
  record Wildcard(String field, String pattern, Automaton automaton) implements Clause {
    @Override
    public String toString() {
      return (field == null ? "" : field + ":") + pattern;
    }
  }

  /** {@code word~N}: the Latin index terms of a text field within {@code edits} edits of {@code word} (lower-cased). */
  record Fuzzy(String field, String word, int edits) implements Clause {
    @Override
    public String toString() {
      return (field == null ? "" : field + ":") + word + "~" + edits;
    }
  }

  /** Clauses combined: AND, OR, NOT, -, + and brackets. */
  record Bool(List<Part> parts) implements Clause {
    public Bool {
      parts = List.copyOf(parts);
    }

    @Override
    public String toString() {
      return parts.stream().map(Part::toString).collect(Collectors.joining(" ", "(", ")"));
    }
  }

  /** One clause of a {@link Bool} and how it counts. */
  record Part(Occur occur, Clause clause) {
    @Override
    public String toString() {
      return switch (occur) {
        case MUST -> "+" + clause;
        case SHOULD -> clause.toString();
        case MUST_NOT -> "-" + clause;
      };
    }
  }

  /** {@code clause^boost}. */
  record Boost(Clause clause, float boost) implements Clause {
    @Override
    public String toString() {
      return clause + "^" + boost;
    }
  }

  /** {@code *:*}: every statement. */
  record All() implements Clause {
    @Override
    public String toString() {
      return "*:*";
    }
  }
}
