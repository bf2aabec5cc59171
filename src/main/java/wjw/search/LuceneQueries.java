package wjw.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import wjw.analysis.AnalyzedToken;
import wjw.analysis.Tokens;
import wjw.index.DimensionFields;
import wjw.index.Fields;

/**
 * The user's {@link Clause}s as the two Lucene queries of a request, built in one walk: the one that searches (a
 * literal run is a phrase of consecutive bigrams over every searchable value, scored a little higher where smartcn
 * sees it as whole words) and the one whose statement-text terms the highlighter marks (the same tree, with what has
 * nothing to mark in the text — filters, other fields — matching everything, so the tree still matches the hit).
 * Fuzzy and wildcard words become the index terms they match ({@link TermExpansion}), expanded once for both.
 */
final class LuceneQueries {
  /** The search query and the highlight query of one clause. */
  record Pair(Query search, Query highlight) {}

  private final Analyzer words;
  private final TermExpansion expansion;

  LuceneQueries(Analyzer words, TermExpansion expansion) {
    this.words = words;
    this.expansion = expansion;
  }

  Pair translate(Clause clause) {
    return switch (clause) {
      case Clause.Literal l -> literal(l);
      case Clause.Filter f -> new Pair(DimensionFields.filter(f.dimension(), f.value()), new MatchAllDocsQuery());
      case Clause.Range r -> new Pair(DimensionFields.range(r.dimension(), r.low() == null ? Integer.MIN_VALUE : r.low(),
          r.high() == null ? Integer.MAX_VALUE : r.high()), new MatchAllDocsQuery());
      case Clause.Prefix p -> expanded(p.field(), expansion.prefix(expandedField(p.field()), p.prefix()),
          "no index term starts with '" + p.prefix() + "'");
      case Clause.Wildcard w -> expanded(w.field(), expansion.pattern(expandedField(w.field()), w.automaton(), w.pattern()),
          "no index term matches '" + w.pattern() + "'");
      case Clause.Fuzzy f -> fuzzy(f);
      case Clause.Bool b -> bool(b);
      case Clause.Boost b -> boost(translate(b.clause()), b.boost());
      case Clause.All a -> new Pair(new MatchAllDocsQuery(), new MatchAllDocsQuery());
    };
  }

  private Pair literal(Clause.Literal l) {
    if (l.field() == null) {
      return new Pair(literal(Fields.ANY, l, true), literal(Fields.TEXT, l, true));
    }
    if (l.field().equals(Fields.TEXT)) {
      Query text = literal(Fields.TEXT, l, true);
      return new Pair(text, text);
    }
    return new Pair(literal(l.field(), l, false), new MatchAllDocsQuery());
  }

  /**
   * The literal match in {@code field}: consecutive bigrams (and lone characters) at their relative positions; plus,
   * for statement text, a SHOULD clause on smartcn words so whole-word occurrences rank higher.
   */
  private Query literal(String field, Clause.Literal l, boolean rankByWords) {
    Query match = phrase(field, l.tokens(), l.slop());
    if (!rankByWords) {
      return match;
    }
    Query ranking = phrase(Fields.TEXT_WORDS, Tokens.analyze(words, Fields.TEXT_WORDS, l.text()), l.slop());
    if (ranking instanceof MatchNoDocsQuery) {
      return match;
    }
    return new BooleanQuery.Builder()
        .add(match, BooleanClause.Occur.MUST)
        .add(ranking, BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The tokens at their relative positions in {@code field}: one term, or a phrase. */
  static Query phrase(String field, List<AnalyzedToken> tokens, int slop) {
    if (tokens.isEmpty()) {
      return new MatchNoDocsQuery("no searchable characters");
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).term()));
    }
    PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
    int first = tokens.get(0).position();
    for (AnalyzedToken token : tokens) {
      builder.add(new Term(field, token.term()), token.position() - first);
    }
    return builder.build();
  }

  /** {@code text} as a literal string of {@code field}, for the highlighter to mark (similar statements' shared words). */
  static Query literal(Analyzer literal, String field, String text) {
    return phrase(field, Tokens.literal(literal, field, text), 0);
  }

  /**
   * What a wildcard matches: any of its expanded terms, scored alike (as Lucene scores wildcards); for the
   * highlighter, the same terms as plain term queries it can look up per hit.
   */
  private static Pair expanded(String field, List<TermExpansion.Expanded> terms, String none) {
    if (terms.isEmpty()) {
      return new Pair(new MatchNoDocsQuery(none), new MatchNoDocsQuery(none));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.forEach(e -> any.add(new TermQuery(new Term(latinField(field, true), e.term())), BooleanClause.Occur.SHOULD));
    List<BytesRef> bytes = terms.stream().map(e -> new BytesRef(e.term())).toList();
    return new Pair(new ConstantScoreQuery(new TermInSetQuery(latinField(field, false), bytes)), any.build());
  }

  private Pair fuzzy(Clause.Fuzzy f) {
    List<TermExpansion.Expanded> expanded = expansion.fuzzy(expandedField(f.field()), f.word(), f.edits());
    if (expanded.isEmpty()) {
      Query none = new MatchNoDocsQuery("no Latin index term within " + f.edits() + " edits of '" + f.word() + "'");
      return new Pair(none, none);
    }
    return new Pair(closest(latinField(f.field(), false), expanded, f.edits()),
        closest(latinField(f.field(), true), expanded, f.edits()));
  }

  private static Query closest(String field, List<TermExpansion.Expanded> expanded, int edits) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (TermExpansion.Expanded e : expanded) {
      any.add(new BoostQuery(new TermQuery(new Term(field, e.term())), closeness(e.edits(), edits)),
          BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /** Weight of a fuzzy match: 1 for the word itself, less for each edit (1, 2/3, 1/3 at up to 2 edits). */
  private static float closeness(int edits, int maxEdits) {
    return (maxEdits + 1 - edits) / (float) (maxEdits + 1);
  }

  private Pair bool(Clause.Bool b) {
    BooleanQuery.Builder search = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    for (Clause.Part part : b.parts()) {
      Pair p = translate(part.clause());
      BooleanClause.Occur occur = switch (part.occur()) {
        case MUST -> BooleanClause.Occur.MUST;
        case SHOULD -> BooleanClause.Occur.SHOULD;
        case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
      };
      search.add(p.search(), occur);
      highlight.add(p.highlight(), occur);
    }
    return new Pair(search.build(), highlight.build());
  }

  private static Pair boost(Pair p, float boost) {
    return new Pair(new BoostQuery(p.search(), boost), new BoostQuery(p.highlight(), boost));
  }

  /** The field whose terms a fuzzy or wildcard word expands over: the searched one, also when highlighting. */
  private static String expandedField(String field) {
    return field == null ? Fields.ANY : field;
  }

  /** Where the expanded terms are looked up: an unqualified word's in every value (search) or the text (highlight). */
  private static String latinField(String field, boolean highlight) {
    return field != null ? field : highlight ? Fields.TEXT : Fields.ANY;
  }
}
