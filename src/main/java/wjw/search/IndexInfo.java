package wjw.search;

import com.fasterxml.jackson.annotation.JsonInclude;
/** What the open index holds: its version (generation name), build time (ISO-8601) and counts. */
public record IndexInfo(String version, String builtAt, int articles, int statements,
    @JsonInclude(JsonInclude.Include.NON_NULL) SemanticInfo semantic) {

  /** Info of a backend that says nothing about search by meaning. */
  public IndexInfo(String version, String builtAt, int articles, int statements) {
    this(version, builtAt, articles, statements, null);
  }
}
