package wjw.search;

import java.util.List;

/**
 * The statements closest in wording to statement {@code id}, or to its paragraph {@code paragraph} (1-based; null
 * for the whole statement), best first; {@code words} are the source's distinctive words with their weights, the
 * yardstick every {@link SimilarStatement#similarity()} is measured with; {@code partial} when the search ran out of
 * time and only part of the index was compared.
 */
public record SimilarStatements(String id, Integer paragraph, List<Word> words, List<SimilarStatement> statements,
    boolean partial) {

  /** A distinctive word of the source and its weight (its tf-idf relative to the heaviest word, 0..1]. */
  public record Word(String word, float weight) {}
}
