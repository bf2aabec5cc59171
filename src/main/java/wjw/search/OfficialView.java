package wjw.search;

import java.util.List;
import wjw.index.OfficialSummary;

/**
 * Everything indexed about one official (by name): titles, provinces, years and how many statements
 * (search {@code official:NAME} for the statements themselves).
 */
public record OfficialView(String name, List<String> titles, List<String> provinces, List<Integer> years,
    int statements) {

  /** The view of an official's summary as a generation keeps it. */
  public static OfficialView of(OfficialSummary o) {
    return new OfficialView(o.name(), o.titles(), o.provinces(), o.years(), o.statements());
  }
}
