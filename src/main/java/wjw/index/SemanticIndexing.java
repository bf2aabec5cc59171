package wjw.index;

import java.util.function.Supplier;
import wjw.semantic.PassageEncoder;

/**
 * Whether a reindex embeds the statements' paragraphs ({@link Choice}), and the model it uses. The
 * model is asked for only when a reindex may need it, so a reindex with {@link Choice#OFF} never
 * loads one.
 */
public record SemanticIndexing(Choice choice, Supplier<? extends PassageEncoder> encoder) {
  /**
   * {@link Choice#AUTO} embeds a corpus of at most this many paragraphs. Embedding costs about 18 ms of
   * CPU a paragraph (docs/semantic.md), so 30,000 fresh paragraphs take about 9 CPU-minutes: under
   * five minutes of wall time on two free cores for the first reindex of a corpus (later reindexes
   * read the cache). Above it the first reindex would take tens of minutes to hours on a machine like
   * this one, which nobody should meet by default: {@code --semantic} asks for it knowingly.
   */
  public static final int AUTO_MAX_PARAGRAPHS = 30_000;

  public enum Choice {
    /** Embed when the corpus has at most {@link #AUTO_MAX_PARAGRAPHS} paragraphs. */
    AUTO,
    /** Always embed. */
    ON,
    /** Never embed: the generation has no vectors and semantic search is not available on it. */
    OFF
  }

  /** No vectors, no model. */
  public static final SemanticIndexing NONE = new SemanticIndexing(Choice.OFF, () -> {
    throw new IllegalStateException("no model: semantic indexing is off");
  });

  public SemanticIndexing {
    if (choice == null || encoder == null) {
      throw new IllegalArgumentException("choice and encoder are required");
    }
  }

  /** Why a corpus of {@code paragraphs} paragraphs gets no vectors, or null when it gets them. */
  String reasonToSkip(long paragraphs) {
    return switch (choice) {
      case OFF -> "semantic indexing is off (--no-semantic)";
      case ON -> null;
      case AUTO -> paragraphs > AUTO_MAX_PARAGRAPHS
          ? String.format("%,d paragraphs, more than the %,d embedded by default (--semantic embeds them anyway)",
              paragraphs, AUTO_MAX_PARAGRAPHS)
          : null;
    };
  }
}
