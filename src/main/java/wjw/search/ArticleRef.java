package wjw.search;

/** The page a statement was printed on, as shown next to a hit. */
public record ArticleRef(String id, String headline, Integer year) {}
