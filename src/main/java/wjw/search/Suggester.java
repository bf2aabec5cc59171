package wjw.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import wjw.analysis.VariantFolding;
import wjw.index.Fields;
import wjw.index.OfficialSummary;

/**
 * Search-box completions of one index generation, by prefix: officials' names with each province they served in
 * (钟 → 钟东波（北京市）), most statements first, then the corpus's words in at least {@value #MIN_WORD_STATEMENTS}
 * statements ({@link #corpusWords}), most statements first. Two Lucene {@link AnalyzingSuggester}s
 * (weighted prefix FSTs) built from the generation's officials and term dictionary when it is opened, so they always
 * match the index they complete for. Keys are read as the analyses read text: traditional characters and full-width
 * forms fold, so 鍾 completes to 钟东波 too.
 */
final class Suggester {
  /** A word fewer statements use is a name, a typo or a smartcn accident rather than a topic. */
  static final int MIN_WORD_STATEMENTS = 2;
  private static final char PAYLOAD_SEPARATOR = '\u001f';

  private final AnalyzingSuggester officials;
  private final AnalyzingSuggester words;

  private Suggester(AnalyzingSuggester officials, AnalyzingSuggester words) {
    this.officials = officials;
    this.words = words;
  }

  /** Builds both suggesters from a generation's reader (its statement-text words) and its officials. */
  static Suggester build(IndexReader reader, List<OfficialSummary> officials) throws IOException {
    List<Entry> people = new ArrayList<>();
    for (OfficialSummary o : officials) {
      List<String> provinces = o.provinces().isEmpty() ? java.util.Collections.singletonList(null) : o.provinces();
      for (String province : provinces) {
        String text = province == null ? o.name() : o.name() + "（" + province + "）";
        people.add(new Entry(text, o.statements(), o.name() + PAYLOAD_SEPARATOR + (province == null ? "" : province)));
      }
    }
    AnalyzingSuggester officialSuggester = newSuggester();
    officialSuggester.build(new Entries(people.iterator(), true));
    AnalyzingSuggester wordSuggester = newSuggester();
    wordSuggester.build(new Entries(corpusWords(reader).iterator(), false));
    return new Suggester(officialSuggester, wordSuggester);
  }

  private static AnalyzingSuggester newSuggester() {
    // Sorting the entries needs a scratch directory: in memory, it lives only while building.
    return new AnalyzingSuggester(new ByteBuffersDirectory(), "suggest", new KeyAnalyzer());
  }

  /**
   * The frequent Han words of the statement text with the number of statements holding each: every two-character
   * string of the literal index (托育, 普惠, 医保: smartcn does not know many of the genre's words and splits them
   * into characters), counted exactly as a search for it counts; and smartcn's longer dictionary words (互联网,
   * 高血压), counted as smartcn segments them.
   */
  private static List<Entry> corpusWords(IndexReader reader) throws IOException {
    Map<String, Entry> found = new LinkedHashMap<>();
    addTerms(reader, Fields.TEXT, 2, 2, found);
    addTerms(reader, Fields.TEXT_WORDS, 3, Integer.MAX_VALUE, found);
    return new ArrayList<>(found.values());
  }

  private static void addTerms(IndexReader reader, String field, int minLength, int maxLength, Map<String, Entry> into)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      if (each.docFreq() < MIN_WORD_STATEMENTS) {
        continue;
      }
      String word = term.utf8ToString();
      int length = word.codePointCount(0, word.length());
      if (length >= minLength && length <= maxLength && allHan(word)) {
        into.putIfAbsent(word, new Entry(word, each.docFreq(), null));
      }
    }
  }

  private static boolean allHan(String word) {
    return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Officials first (up to {@code size}), then words, {@code size} in all. */
  List<Suggestion> suggest(String prefix, int size) throws IOException {
    List<Suggestion> out = new ArrayList<>(size);
    for (Lookup.LookupResult r : officials.lookup(prefix, false, size)) {
      String[] nameAndProvince = r.payload.utf8ToString().split(String.valueOf(PAYLOAD_SEPARATOR), -1);
      out.add(new Suggestion(r.key.toString(), Suggestion.OFFICIAL, nameAndProvince[0],
          nameAndProvince[1].isEmpty() ? null : nameAndProvince[1], r.value));
    }
    if (out.size() < size) {
      for (Lookup.LookupResult r : words.lookup(prefix, false, size - out.size())) {
        out.add(new Suggestion(r.key.toString(), Suggestion.WORD, r.key.toString(), null, r.value));
      }
    }
    return out;
  }

  /** Memory the two suggesters hold. */
  long ramBytesUsed() {
    return officials.ramBytesUsed() + words.ramBytesUsed();
  }

  /** The whole key as one token, read as the analyses read text: variants folded, full-width forms and case folded. */
  private static final class KeyAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return VariantFolding.wrap(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer keyword = new KeywordTokenizer();
      return new TokenStreamComponents(keyword, new LowerCaseFilter(new CJKWidthFilter(keyword)));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return VariantFolding.wrap(reader);
    }
  }

  private record Entry(String text, long weight, String payload) {}

  /** Entries as Lucene's suggester reads them. */
  private static final class Entries implements InputIterator {
    private final Iterator<Entry> entries;
    private final boolean payloads;
    private Entry current;

    Entries(Iterator<Entry> entries, boolean payloads) {
      this.entries = entries;
      this.payloads = payloads;
    }

    @Override
    public BytesRef next() {
      if (!entries.hasNext()) {
        return null;
      }
      current = entries.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return current.weight();
    }

    @Override
    public BytesRef payload() {
      return payloads ? new BytesRef(current.payload().getBytes(StandardCharsets.UTF_8)) : null;
    }

    @Override
    public boolean hasPayloads() {
      return payloads;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
