package wjw.ingest.layout;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Word knowledge the segmenter uses to judge whether two pieces of text were one sentence: a word
 * that forms across the break (中医|药 → 中医药) is strong evidence. The ingest stage has no dictionary
 * of its own; one is found at run time through {@link ServiceLoader} (the analysis stage provides smartcn's).
 */
public interface Lexicon {

  /** The dictionary word spanning the end of {@code left} and the start of {@code right}, if any. */
  Optional<String> wordAcross(String left, String right);

  /** No word knowledge: joins are judged by the other evidence only. */
  Lexicon NONE = (left, right) -> Optional.empty();

  /** The first lexicon on the class path, or {@link #NONE}. */
  static Lexicon discover() {
    return ServiceLoader.load(Lexicon.class).findFirst().orElse(NONE);
  }
}
