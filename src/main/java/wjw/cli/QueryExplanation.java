package wjw.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import wjw.search.Clause;
import wjw.search.ParsedQuery;

/** Prints {@code search --explain}: how a request's query is understood, parsed once. */
final class QueryExplanation {
  private QueryExplanation() {}

  static void print(PrintWriter out, ParsedQuery parsed) {
    out.println("query:     " + (parsed.request().browsing() ? "(none: browse)" : parsed.request().query()));
    out.println("clauses:   " + (parsed.clauses() == null ? "-" : parsed.clauses()));
    out.println("ignored:   " + (parsed.ignored().isEmpty() ? "-" : String.join(" ", parsed.ignored())));
    out.println("filters:   " + (parsed.request().filters().isEmpty() ? "-" : parsed.request().filters().entrySet()
        .stream().map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(" "))));
    out.println("marks:     " + (parsed.marks().isEmpty() ? "-"
        : parsed.marks().stream().map(Clause::toString).collect(Collectors.joining(" "))));
    out.println("order:     " + (parsed.ranked() ? "relevance" : "newest"));
    out.println("search:    " + parsed.search());
    out.println("highlight: " + parsed.highlight());
  }
}
