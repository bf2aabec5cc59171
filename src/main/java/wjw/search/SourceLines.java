package wjw.search;

import java.util.List;

/** Source line numbers as people cite them: [12, 13, 14, 16] → 12–14、16. */
public final class SourceLines {
  private SourceLines() {}

  public static String ranges(List<Integer> lines) {
    List<Integer> sorted = lines.stream().distinct().sorted().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sorted.size(); ) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      out.append(out.isEmpty() ? "" : "、").append(sorted.get(i));
      if (j > i) {
        out.append('–').append(sorted.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }
}
