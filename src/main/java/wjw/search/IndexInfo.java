package wjw.search;

/** What the open index holds: its version (generation name), build time (ISO-8601) and counts. */
public record IndexInfo(String version, String builtAt, int articles, int statements) {}
