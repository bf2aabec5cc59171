package wjw.index;

/**
 * The outcome for one article file in a reindex: status {@code ok}, {@code no-headers} (indexed
 * without officials) or {@code failed}; {@code reason} says why it failed.
 */
public record FileReport(String file, String status, int statements, String charset, String reason) {}
