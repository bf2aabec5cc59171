package wjw.bench;

/** What {@link CorpusGenerator#write} wrote: pages, statements on them, and bytes of text. */
public record GeneratedCorpus(int articles, int statements, long bytes) {}
