package wjw.ingest.layout;

import java.util.Arrays;

/**
 * Maximum-weight assignment of rows to distinct columns (Hungarian algorithm, O(n²m)), so that the
 * joins chosen are best for the page as a whole and no two fragments claim one continuation.
 */
final class Assignment {
  private Assignment() {}

  /**
   * @param weight weight[row][col] ≥ 0; 0 means "do not pair"
   * @return for each row its column, or -1 when its best is to stay unpaired
   */
  static int[] maximize(double[][] weight) {
    int n = weight.length;
    if (n == 0) {
      return new int[0];
    }
    int m = weight[0].length + n; // one private "unpaired" column per row keeps it feasible
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[m + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cur = cost(weight, i0 - 1, j - 1) - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] result = new int[n];
    Arrays.fill(result, -1);
    int cols = weight[0].length;
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0 && j - 1 < cols && weight[p[j] - 1][j - 1] > 0) {
        result[p[j] - 1] = j - 1;
      }
    }
    return result;
  }

  private static double cost(double[][] weight, int row, int col) {
    int cols = weight[0].length;
    if (col < cols) {
      return -weight[row][col];
    }
    return col - cols == row ? 0 : 1e9; // only a row's own unpaired column
  }
}
