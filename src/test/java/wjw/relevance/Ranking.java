package wjw.relevance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** One system's ranked answers for every topic, as paragraph ids and as statement ids. */
record Ranking(String name, Map<String, List<String>> paragraphs, Map<String, List<String>> statements) {

  /** Statements in the order their first paragraph appears: a statement scores as its best paragraph. */
  static List<String> statementsOf(List<String> paragraphIds) {
    LinkedHashSet<String> statements = new LinkedHashSet<>();
    paragraphIds.forEach(p -> statements.add(ParagraphId.statementOf(p)));
    return List.copyOf(statements);
  }
}
