package wjw.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The ranking analysis: smartcn's dictionary words. Used only to score, never to decide what
 * matches, because it segments unknown and context-dependent strings inconsistently.
 */
public final class WordAnalyzer {
  private WordAnalyzer() {}

  /** A new smartcn analyzer; its dictionary is loaded on first use of the class, so create one at start-up. */
  public static Analyzer create() {
    return new SmartChineseAnalyzer();
  }
}
