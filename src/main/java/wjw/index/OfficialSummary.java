package wjw.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Everything indexed about one official (by name): titles, provinces, years and how many statements. */
public record OfficialSummary(String name, List<String> titles, List<String> provinces, List<Integer> years,
    int statements) {

  /**
   * The officials of a generation's articles folded into one summary per name, in name order, article by article as
   * a reindex adds them to its catalog (the embedded catalog and a cluster's alike).
   */
  public static final class Fold {
    private final java.util.Map<String, Builder> byName = new java.util.TreeMap<>();

    /** Counts every official of every statement of {@code article}. */
    public void add(wjw.ingest.model.ArticleSummary article) {
      for (wjw.ingest.model.ArticleSummary.StatementSummary statement : article.statements()) {
        for (wjw.ingest.model.Official official : statement.officials()) {
          byName.computeIfAbsent(official.name(), Builder::new).add(official.title(), statement.province(),
              article.year());
        }
      }
    }

    /** The summaries, in name order. */
    public List<OfficialSummary> summaries() {
      return byName.values().stream().map(Builder::build).toList();
    }
  }

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
