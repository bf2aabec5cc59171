package wjw.search;

import java.util.List;

/**
 * Everything indexed about one official (by name): titles, provinces, years and how many statements
 * (search {@code official:NAME} for the statements themselves).
 */
public record OfficialView(String name, List<String> titles, List<String> provinces, List<Integer> years,
    int statements) {}
