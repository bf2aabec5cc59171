package wjw.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import wjw.ingest.model.Official;

/**
 * Who leads one province's commission in one year. Derived from (seed, province, year) alone, so the same officials
 * sign every page of that province and year, as real officials recur across pages.
 */
record Leadership(boolean combined, String secretary, String director, String deputy) {

  static final String SECRETARY_DIRECTOR = "党组书记、主任";
  static final String SECRETARY = "党委书记";
  static final String DIRECTOR = "主任";
  static final String DEPUTY = "副主任";

  static Leadership of(long seed, int province, int year) {
    SplittableRandom rng = new SplittableRandom(Mix.of(seed, 2, province, year));
    // Most commissions are led by one person holding both offices; some split them (北京 2024: 党委书记 + 主任).
    boolean combined = rng.nextInt(10) < 7;
    String secretary = Names.next(rng);
    String director = distinct(rng, secretary);
    String deputy = distinct(rng, secretary, director);
    return new Leadership(combined, secretary, director, deputy);
  }

  /** The officials one page names for this commission: one or two header lines. */
  List<Official> headerOfficials(SplittableRandom page) {
    List<Official> officials = new ArrayList<>(2);
    int form = page.nextInt(4);
    if (combined) {
      officials.add(new Official(director, SECRETARY_DIRECTOR));
      if (form == 0) {
        officials.add(new Official(deputy, DEPUTY));
      }
    } else if (form == 0) {
      officials.add(new Official(director, DIRECTOR));
    } else {
      officials.add(new Official(secretary, SECRETARY));
      officials.add(new Official(director, DIRECTOR));
    }
    return officials;
  }

  private static String distinct(SplittableRandom rng, String... taken) {
    while (true) {
      String name = Names.next(rng);
      if (!List.of(taken).contains(name)) {
        return name;
      }
    }
  }
}
