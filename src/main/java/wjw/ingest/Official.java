package wjw.ingest;

/** One commission head named in a statement header, with the title exactly as printed (e.g. 党组书记、主任). */
public record Official(String name, String title) {}
