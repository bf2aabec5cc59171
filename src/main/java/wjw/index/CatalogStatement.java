package wjw.index;

import java.util.List;
import wjw.ingest.model.Official;

/** A statement as listed in the catalog: id, province, organization and officials. */
public record CatalogStatement(String id, String province, String organization, List<Official> officials) {}
