package wjw.ingest.sim;

import java.util.List;

/** The correct segmentation of one page: what a perfect segmenter would give. */
public record TruePage(
    String name, String headline, List<String> lead, List<String> reporters, Integer year,
    List<TrueStatement> statements) {
  public TruePage {
    lead = List.copyOf(lead);
    reporters = List.copyOf(reporters);
    statements = List.copyOf(statements);
  }

  /** The statement whose officials are {@code names}, in header order. */
  public TrueStatement statementOf(String... names) {
    List<String> wanted = List.of(names);
    return statements.stream().filter(s -> s.names().equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no statement of " + wanted));
  }
}
