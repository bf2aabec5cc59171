package wjw.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import wjw.index.Fields;

/**
 * One request as the index needs it, made once per request ({@link QueryBuilder}): the user's {@link #clauses()}
 * (null when browsing, or when nothing typed is searchable), the clauses left out as {@link #ignored()}, the Lucene
 * query that {@link #search()}es (the clauses and the request's filters), the one the highlighter marks statement
 * text with ({@link #highlight()}), the {@link #marks()} that can be marked, and the order of the hits.
 */
public record ParsedQuery(SearchRequest request, Clause clauses, List<String> ignored, Query search, Query highlight) {

  /** Relevance, then newer year, then page and reading order ({@link Fields#RANK}): deterministic ties. */
  static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.RANK, SortField.Type.LONG));
  /** Newest year first, then page and reading order. */
  static final Sort BY_RANK = new Sort(new SortField(Fields.RANK, SortField.Type.LONG));

  public ParsedQuery {
    ignored = List.copyOf(ignored);
  }

  /** True when hits are ranked by relevance (and have a score): a query, sorted by relevance. */
  public boolean ranked() {
    return !request.browsing() && request.sort() == SortOrder.RELEVANCE;
  }

  /** The Lucene order of the hits. */
  Sort sort() {
    return ranked() ? BY_RELEVANCE : BY_RANK;
  }

  /**
   * The clauses whose matches are marked in statement text: literal runs, phrases, fuzzy and wildcard words, unqualified
   * or on {@code text:}, and not excluded; filters and the other fields select statements but mark nothing.
   */
  public List<Clause> marks() {
    List<Clause> marks = new ArrayList<>();
    if (clauses != null) {
      collectMarks(clauses, marks);
    }
    return marks;
  }

  private static void collectMarks(Clause clause, List<Clause> into) {
    switch (clause) {
      case Clause.Bool b -> b.parts().stream().filter(p -> p.occur() != Clause.Occur.MUST_NOT)
          .forEach(p -> collectMarks(p.clause(), into));
      case Clause.Boost b -> collectMarks(b.clause(), into);
      case Clause.Literal l -> addIfText(l.field(), l, into);
      case Clause.Prefix p -> addIfText(p.field(), p, into);
      case Clause.Wildcard w -> addIfText(w.field(), w, into);
      case Clause.Fuzzy f -> addIfText(f.field(), f, into);
      case Clause.Filter f -> { }
      case Clause.Range r -> { }
      case Clause.All a -> { }
    }
  }

  private static void addIfText(String field, Clause clause, List<Clause> into) {
    if (field == null || field.equals(Fields.TEXT)) {
      into.add(clause);
    }
  }
}
