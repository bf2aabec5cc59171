package wjw.search;

import java.util.List;
import wjw.ingest.model.Official;

/** A statement as listed under its article: id, province and who spoke. */
public record StatementSummary(String id, String province, List<Official> officials) {}
