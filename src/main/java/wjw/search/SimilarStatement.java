package wjw.search;

import java.util.List;
import wjw.ingest.model.Official;

/**
 * A statement whose wording is close to another's: {@code similarity} is the share of the source's weighted
 * distinctive words it also uses (0..1), {@code sharedWords} those words (heaviest first), and {@code highlights}
 * up to three of its sentences, HTML-escaped, with the shared words in {@code <mark>}.
 */
public record SimilarStatement(
    String id,
    double similarity,
    Integer year,
    String province,
    String organization,
    List<Official> officials,
    ArticleRef article,
    List<String> sharedWords,
    List<String> highlights) {}
