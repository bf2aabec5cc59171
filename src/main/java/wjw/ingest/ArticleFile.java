package wjw.ingest;

import java.util.List;
import wjw.ingest.model.Article;

/**
 * One article file as read: the article (segmented, corrections applied), the charset it was decoded with, what a
 * report should say about that charset, and what the corrections could not apply to it.
 *
 * @param encodingNote null for UTF-8, else which charset was guessed and why
 * @param correctionWarnings one line per correction naming this article that did not match it
 */
public record ArticleFile(Article article, String charset, String encodingNote, List<String> correctionWarnings) {
  public ArticleFile {
    correctionWarnings = List.copyOf(correctionWarnings);
  }
}
