package wjw.search;

import java.util.List;

/** Everything indexed about one official (by name): titles, provinces, years and statements. */
public record OfficialView(
    String name, List<String> titles, List<String> provinces, List<Integer> years, List<String> statementIds) {}
