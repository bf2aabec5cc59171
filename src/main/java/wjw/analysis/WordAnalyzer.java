package wjw.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The ranking analysis: smartcn's dictionary words. Used only to score, never to decide what
 * matches, because it segments unknown and context-dependent strings inconsistently. Traditional
 * characters are folded before segmentation ({@link VariantFolding}), since smartcn's dictionary is simplified.
 */
public final class WordAnalyzer {
  private WordAnalyzer() {}

  /** A new smartcn analyzer; its dictionary is loaded on first use of the class, so create one at start-up. */
  public static Analyzer create() {
    Analyzer smartcn = new SmartChineseAnalyzer();
    return new AnalyzerWrapper(smartcn.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return smartcn;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader reader) {
        return VariantFolding.wrap(reader);
      }
    };
  }
}
