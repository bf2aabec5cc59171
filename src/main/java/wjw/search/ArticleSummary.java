package wjw.search;

import java.util.List;

/** One indexed page: its metadata and its statements in reading order. */
public record ArticleSummary(
    String id,
    String source,
    String headline,
    Integer year,
    String date,
    String lead,
    List<String> reporters,
    List<StatementSummary> statements) {}
