package wjw.opensearch;

import java.util.regex.Pattern;

/**
 * The names one wjw-search deployment uses in a cluster, all derived from one {@code base} (default
 * {@value #DEFAULT_BASE}): the aliases searches read ({@code base} for statements, {@code base-catalog} for
 * articles and officials), the indices of each generation ({@code base-gen-…} and {@code base-gen-…-catalog}),
 * and the index holding the reindex lock ({@code base-reindex-lock}). Searches only ever name an alias.
 */
public record IndexNames(String base) {
  public static final String DEFAULT_BASE = "wjw";
  static final String GENERATION_PREFIX = "gen-";
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");

  public IndexNames {
    if (base == null || !VALID.matcher(base).matches()) {
      throw new IllegalArgumentException("OpenSearch index name '" + base + "' must be 1–101 lowercase letters, digits,"
          + " '-' or '_', starting with a letter or digit");
    }
  }

  /** The alias over the live generation's statements. */
  public String statements() {
    return base;
  }

  /** The alias over the live generation's catalog (articles and officials). */
  public String catalog() {
    return base + "-catalog";
  }

  /** The index a reindex takes its lock in. */
  public String lock() {
    return base + "-reindex-lock";
  }

  /** The statements index of generation {@code generation} (gen-…). */
  public String statementsOf(String generation) {
    return base + "-" + generation;
  }

  /** The catalog index of generation {@code generation}. */
  public String catalogOf(String generation) {
    return statementsOf(generation) + "-catalog";
  }

  /** Every index of every generation of this deployment, as an index pattern. */
  String generationPattern() {
    return base + "-" + GENERATION_PREFIX + "*";
  }

  /** The generation (gen-…) an index of this deployment belongs to, or null for another index. */
  String generationOf(String index) {
    String prefix = base + "-" + GENERATION_PREFIX;
    if (!index.startsWith(prefix)) {
      return null;
    }
    String rest = index.substring(base.length() + 1);
    return rest.endsWith("-catalog") ? rest.substring(0, rest.length() - "-catalog".length()) : rest;
  }
}
