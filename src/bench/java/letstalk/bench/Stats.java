package letstalk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Medians with their spread, and percentiles of latencies. */
record Stats(double median, double min, double max, int n) {

  static Stats of(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
  }

  /** Nearest-rank percentile, {@code p} in 0..100. */
  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** "12.3 (11.9–12.8)": the median and, over several runs, the lowest and highest. */
  String format(String pattern) {
    String median = String.format(Locale.ROOT, pattern, this.median);
    if (n < 2) {
      return median;
    }
    return median + " (" + String.format(Locale.ROOT, pattern, min) + "–" + String.format(Locale.ROOT, pattern, max) + ")";
  }
}
