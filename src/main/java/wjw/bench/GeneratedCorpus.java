package wjw.bench;

/** What {@link CorpusGenerator#write} produced: article files, statements in them, bytes written. */
public record GeneratedCorpus(int articles, int statements, long bytes) {}
