package wjw.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Everything indexed about one official (by name): titles, provinces, years and how many statements. */
public record OfficialSummary(String name, List<String> titles, List<String> provinces, List<Integer> years,
    int statements) {

  /** Folds an official's statements into a summary, keeping first-seen order of titles and provinces. */
  static final class Builder {
    private final String name;
    private final Set<String> titles = new LinkedHashSet<>();
    private final Set<String> provinces = new LinkedHashSet<>();
    private final Set<Integer> years = new LinkedHashSet<>();
    private int statements;

    Builder(String name) {
      this.name = name;
    }

    void add(String title, String province, Integer year) {
      if (title != null && !title.isEmpty()) titles.add(title);
      if (province != null) provinces.add(province);
      if (year != null) years.add(year);
      statements++;
    }

    OfficialSummary build() {
      return new OfficialSummary(name, List.copyOf(titles), List.copyOf(provinces),
          years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), statements);
    }
  }
}
