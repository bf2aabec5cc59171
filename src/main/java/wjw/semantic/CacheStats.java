package wjw.semantic;

/**
 * What an {@link EmbeddingCache} did since it was opened: {@code paragraphs} asked for,
 * {@code fromCache} of them answered from disk, {@code embedded} distinct texts the model had to
 * compute, and {@code entries} vectors now on disk.
 */
public record CacheStats(long paragraphs, long fromCache, long embedded, long entries) {}
