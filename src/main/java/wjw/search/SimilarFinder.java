package wjw.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import wjw.analysis.AnalyzedToken;
import wjw.analysis.Tokens;
import wjw.index.Fields;
import wjw.ingest.model.Paragraph;

/**
 * Finds the statements whose wording is closest to a statement or one of its paragraphs. Lucene's
 * {@link MoreLikeThis} picks the source's distinctive smartcn words (tf × idf against the live index, relative to
 * the heaviest), joined by the pieces of the words smartcn does not know ({@link #unknownWordPieces}); each other statement scores the sum of the weights of those words it also uses, whatever their
 * count and its length, plus the weights of the source's word pairs it prints in the same order ({@link #pairs}),
 * so sharing more of the source's sentences means sharing more of its weight. The score divided by the total
 * weight is the similarity shown (1 = every distinctive word and pair).
 */
final class SimilarFinder {
  /** Distinctive words taken from the source: enough to cover its sentences, not only its rarest phrase. */
  static final int MAX_WORDS = 100;
  /** A word only the source uses cannot be shared. */
  static final int MIN_DOC_FREQ = 2;
  /** Words in more than this share of all statements say nothing about wording (推进, 加强, 建设 …). */
  static final int MAX_DOC_FREQ_PERCENT = 30;
  /** smartcn's single characters are mostly particles (的, 和) or pieces of words it does not know. */
  static final int MIN_WORD_LENGTH = 2;
  /**
   * How much more a pair of the source's words printed together elsewhere counts than the two words apart; 3 ranked
   * best against shared sentences on generated pages (docs/research.md: NDCG@10 0.571 without pairs, 0.618 at 1,
   * 0.627 at 3; 0.639 once the pieces of unknown words joined).
   */
  static final float PAIR_WEIGHT = 3;
  /** Word pairs taken from the source at most: a long statement's first few hundred are plenty. */
  static final int MAX_PAIRS = 200;

  private final IndexSnapshot snapshot;
  private final Analyzer literal;
  private final Analyzer words;
  private final Deadline deadline;
  /** The distinctive words that are pieces of words smartcn does not know ({@link #unknownWordPieces}). */
  private final Set<String> pieces = new HashSet<>();

  SimilarFinder(IndexSnapshot snapshot, Analyzer literal, Analyzer words, Deadline deadline) {
    this.snapshot = snapshot;
    this.literal = literal;
    this.words = words;
    this.deadline = deadline;
  }

  Optional<SimilarStatements> find(String id, Integer paragraph, int size) throws IOException {
    TopDocs top = snapshot.searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document source = snapshot.searcher.storedFields().document(top.scoreDocs[0].doc);
    String text = sourceText(source, id, paragraph);
    List<SimilarStatements.Word> distinctive = distinctiveWords(text);
    if (distinctive.isEmpty()) {
      return Optional.of(new SimilarStatements(id, paragraph, List.of(), List.of(), false));
    }
    double total = 0;
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    BooleanQuery.Builder marks = new BooleanQuery.Builder();
    for (SimilarStatements.Word w : distinctive) {
      total += w.weight();
      Query uses = new ConstantScoreQuery(new TermQuery(new Term(fieldOf(w.word()), w.word())));
      like.add(new BoostQuery(uses, w.weight()), BooleanClause.Occur.SHOULD);
      marks.add(LuceneQueries.literal(literal, Fields.TEXT, w.word()), BooleanClause.Occur.SHOULD);
    }
    for (WordPair pair : pairs(text, distinctive)) {
      total += pair.weight();
      Query together = new ConstantScoreQuery(new PhraseQuery(Fields.TEXT_WORDS, pair.first(), pair.second()));
      like.add(new BoostQuery(together, pair.weight()), BooleanClause.Occur.SHOULD);
    }
    like.add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT);
    IndexSnapshot.RequestSearcher searcher = snapshot.searcherWithin(deadline.forCollecting());
    ScoreDoc[] hits = searcher.search(like.build(),
        new TopFieldCollectorManager(ParsedQuery.BY_RELEVANCE, size, null, size)).scoreDocs;
    int[] docIds = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docIds[i] = hits[i].doc;
    }
    List<List<String>> passages = snapshot.sentences
        .highlight(marks.build(), docIds, HitCollector.PASSAGES_PER_HIT);
    List<SimilarStatement> similar = new ArrayList<>(hits.length);
    for (int i = 0; i < hits.length; i++) {
      Document doc = snapshot.searcher.storedFields().document(hits[i].doc);
      float score = (Float) ((FieldDoc) hits[i]).fields[0];
      similar.add(new SimilarStatement(doc.get(Fields.ID), Math.round(score / total * 1000) / 1000.0,
          LuceneSearchService.yearOf(doc), doc.get(Fields.PROVINCE), doc.get(Fields.ORGANIZATION),
          LuceneSearchService.officials(doc), LuceneSearchService.articleRef(doc),
          shared(distinctive, doc.get(Fields.TEXT)), passages.get(i)));
    }
    return Optional.of(new SimilarStatements(id, paragraph, distinctive, similar, searcher.stoppedEarly()));
  }

  private static String sourceText(Document source, String id, Integer paragraph) throws IOException {
    if (paragraph == null) {
      return source.get(Fields.TEXT);
    }
    List<Paragraph> paragraphs = LuceneSearchService.paragraphs(source);
    if (paragraph < 1 || paragraph > paragraphs.size()) {
      throw new QueryRejectedException("paragraph", "statement " + id + " has " + paragraphs.size()
          + " paragraphs (1.." + paragraphs.size() + "), got " + paragraph);
    }
    return paragraphs.get(paragraph - 1).text();
  }

  /**
   * The text's distinctive words, weighed relative to the heaviest, heaviest first: MoreLikeThis's choice among
   * smartcn's words (tf × idf), Han words only (no years or numbers), together with the two-character pieces of the
   * words smartcn does not know ({@link #unknownWordPieces}), weighed the same way.
   */
  List<SimilarStatements.Word> distinctiveWords(String text) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(snapshot.reader);
    mlt.setAnalyzer(words);
    mlt.setFieldNames(new String[] {Fields.TEXT_WORDS});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
    mlt.setMinWordLen(MIN_WORD_LENGTH);
    mlt.setMaxQueryTerms(MAX_WORDS);
    mlt.setBoost(true);
    List<SimilarStatements.Word> found = new ArrayList<>();
    for (BooleanClause clause : (BooleanQuery) mlt.like(Fields.TEXT_WORDS, new StringReader(text))) {
      if (clause.query() instanceof BoostQuery boosted && boosted.getQuery() instanceof TermQuery term) {
        String word = term.getTerm().text();
        if (QueryParsing.containsCjk(word)) {
          found.add(new SimilarStatements.Word(word, boosted.getBoost()));
        }
      }
    }
    Set<String> smartcnWords = new HashSet<>();
    found.forEach(w -> smartcnWords.add(w.word()));
    for (SimilarStatements.Word piece : unknownWordPieces(text, mlt)) {
      if (smartcnWords.add(piece.word())) {
        found.add(piece);
        pieces.add(piece.word());
      }
    }
    found.sort(Comparator.comparing(SimilarStatements.Word::weight).reversed()
        .thenComparing(SimilarStatements.Word::word));
    List<SimilarStatements.Word> kept = found.subList(0, Math.min(MAX_WORDS, found.size()));
    float heaviest = kept.isEmpty() ? 1 : kept.get(0).weight();
    return kept.stream().map(w -> new SimilarStatements.Word(w.word(), w.weight() / heaviest)).toList();
  }

  /**
   * smartcn splits the words it does not know — many of the genre's own: 托育, 医共体, 普惠 — into single characters,
   * which say little alone. Each two characters in a row of such a split are taken as a word of the literal index
   * (where 托育 is a term), weighed as MoreLikeThis weighs its words: count in the text × idf, with the same bounds
   * on how many statements may hold it.
   */
  private List<SimilarStatements.Word> unknownWordPieces(String text, MoreLikeThis mlt) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    List<AnalyzedToken> tokens = Tokens.analyze(words, Fields.TEXT_WORDS, text);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      AnalyzedToken a = tokens.get(i);
      AnalyzedToken b = tokens.get(i + 1);
      if (b.position() == a.position() + 1 && b.start() == a.end() && isLoneHan(a) && isLoneHan(b)) {
        counts.merge(a.term() + b.term(), 1, Integer::sum);
      }
    }
    int statements = snapshot.reader.numDocs();
    int maxDocFreq = MAX_DOC_FREQ_PERCENT * statements / 100;
    List<SimilarStatements.Word> pieces = new ArrayList<>();
    for (Map.Entry<String, Integer> piece : counts.entrySet()) {
      int docFreq = snapshot.reader.docFreq(new Term(Fields.TEXT, piece.getKey()));
      if (docFreq >= MIN_DOC_FREQ && docFreq <= maxDocFreq) {
        float idf = mlt.getSimilarity().idf(docFreq, statements);
        pieces.add(new SimilarStatements.Word(piece.getKey(), piece.getValue() * idf));
      }
    }
    return pieces;
  }

  private static boolean isLoneHan(AnalyzedToken token) {
    return token.term().length() == 1 && QueryParsing.containsCjk(token.term());
  }

  /** smartcn words are terms of its field; the pieces of words it does not know are terms of the literal one. */
  private String fieldOf(String word) {
    return pieces.contains(word) ? Fields.TEXT : Fields.TEXT_WORDS;
  }

  /** Two words printed one after the other in the source, and the weight of finding them so elsewhere. */
  record WordPair(String first, String second, float weight) {}

  /**
   * The source's consecutive word pairs holding at least one distinctive word, each weighing {@link #PAIR_WEIGHT}
   * times the mean weight of its words (a word that is not distinctive counts 0): a statement that prints the same
   * words in the same order — the same sentence — scores above one that only uses them.
   */
  List<WordPair> pairs(String text, List<SimilarStatements.Word> distinctive) {
    Map<String, Float> weight = new HashMap<>();
    distinctive.forEach(w -> weight.put(w.word(), w.weight()));
    List<AnalyzedToken> tokens = Tokens.analyze(words, Fields.TEXT_WORDS, text);
    Map<String, WordPair> pairs = new LinkedHashMap<>();
    for (int i = 0; i + 1 < tokens.size() && pairs.size() < MAX_PAIRS; i++) {
      AnalyzedToken a = tokens.get(i);
      AnalyzedToken b = tokens.get(i + 1);
      float sum = weight.getOrDefault(a.term(), 0f) + weight.getOrDefault(b.term(), 0f);
      if (b.position() == a.position() + 1 && sum > 0) {
        pairs.putIfAbsent(a.term() + ' ' + b.term(), new WordPair(a.term(), b.term(), PAIR_WEIGHT * sum / 2));
      }
    }
    return List.copyOf(pairs.values());
  }

  /** The distinctive words the other statement's text holds (as smartcn words, or as literal pieces), heaviest first. */
  private List<String> shared(List<SimilarStatements.Word> distinctive, String text) {
    Set<String> used = new HashSet<>();
    Tokens.analyze(words, Fields.TEXT_WORDS, text).forEach(t -> used.add(t.term()));
    if (!pieces.isEmpty()) {
      Tokens.analyze(literal, Fields.TEXT, text).forEach(t -> used.add(t.term()));
    }
    return distinctive.stream().map(SimilarStatements.Word::word).filter(used::contains).toList();
  }
}
