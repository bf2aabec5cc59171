package wjw.search;

import java.util.List;
import wjw.ingest.model.ArticleSummary;

/** A page of the article list (newest year first, then id) and how many articles there are in all. */
public record ArticlePage(int total, int from, List<ArticleSummary> articles) {}
