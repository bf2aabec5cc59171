package wjw.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import wjw.analysis.LiteralAnalyzer;
import wjw.analysis.WordAnalyzer;

/** The per-field analyzer used to write the index: smartcn for {@link Fields#TEXT_WORDS}, literal analysis elsewhere. */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  public static Analyzer create() {
    return new PerFieldAnalyzerWrapper(
        new LiteralAnalyzer(), Map.of(Fields.TEXT_WORDS, WordAnalyzer.create()));
  }
}
