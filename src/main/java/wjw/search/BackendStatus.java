package wjw.search;

/**
 * Which engine answers the searches: {@code embedded} (the Lucene index in this process) or {@code opensearch},
 * with the cluster's name and health (green, yellow) for the latter, null for the former.
 */
public record BackendStatus(String name, String cluster, String health) {
  /** The Lucene index in this process. */
  public static final BackendStatus EMBEDDED = new BackendStatus("embedded", null, null);
}
