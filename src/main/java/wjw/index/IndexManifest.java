package wjw.index;

/** Written last into a complete index generation: its name, build time (ISO-8601 UTC) and counts. */
public record IndexManifest(String version, String builtAt, int articles, int statements) {}
