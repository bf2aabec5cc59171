package wjw.bench;

import java.util.List;
import wjw.ingest.model.Official;

/** One statement as the generator laid it out: the province's full name and its officials in header order. */
public record PlannedStatement(String province, List<Official> officials) {
  public PlannedStatement {
    officials = List.copyOf(officials);
  }
}
