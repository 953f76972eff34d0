package io.github.pollkit.trend;

import java.util.List;

/**
 * The weighted statistics of the polls in one window of a {@link RollingAverage} (see its "Estimate
 * and interval"); reused from day to day.
 */
final class WeightedWindow {
  private final WeightedPolls polls;
  private final double[] days;
  private final double[] share;
  private final double[] baseWeight;
  private final double halfLifeDays;
  private final double confidence;
  private double[] weight;

  private double estimate;
  private double standardDeviation;
  private int count;
  private double effectiveN;

  WeightedWindow(WeightedPolls polls, double halfLifeDays, double confidence) {
    this.polls = polls;
    this.days = polls.days();
    this.share = polls.share();
    this.baseWeight = polls.baseWeight();
    this.halfLifeDays = halfLifeDays;
    this.confidence = confidence;
    this.weight = new double[0];
  }

  /**
   * The average on each day of the grid, the window of day d running from d − before to d + after.
   */
  RollingAverageFit evaluate(long[] grid, double before, double after) {
    double[] estimate = new double[grid.length];
    double[] se = new double[grid.length];
    Double[] sd = new Double[grid.length];
    Integer[] count = new Integer[grid.length];
    Double[] effectiveN = new Double[grid.length];
    for (int g = 0; g < grid.length; g++) {
      double d = grid[g];
      compute(d, d - before, d + after);
      estimate[g] = this.estimate;
      se[g] = standardDeviation / Math.sqrt(this.effectiveN);
      sd[g] = standardDeviation;
      count[g] = this.count;
      effectiveN[g] = this.effectiveN;
    }
    return new RollingAverageFit(
        TrendBand.normal(grid, estimate, se, confidence),
        List.of(count),
        List.of(effectiveN),
        List.of(sd),
        polls.imputedCount(),
        polls.imputedSampleSize());
  }

  /** Statistics on day d of the polls with from ≤ day ≤ to (days sorted ascending). */
  private void compute(double d, double from, double to) {
    int start = countBefore(from, false);
    int end = countBefore(to, true);
    count = end - start;
    estimate = standardDeviation = Double.NaN;
    effectiveN = 0;
    if (count == 0) {
      return;
    }
    if (weight.length < count) {
      weight = new double[Math.max(count, 2 * weight.length)];
    }
    // Recency relative to the youngest poll in the window, so weights never all underflow.
    double youngest = Double.POSITIVE_INFINITY;
    for (int i = start; i < end; i++) {
      youngest = Math.min(youngest, Math.abs(d - days[i]));
    }
    double v1 = 0;
    double v2 = 0;
    double sumWy = 0;
    for (int i = start; i < end; i++) {
      double w = baseWeight[i];
      if (Double.isFinite(halfLifeDays)) {
        w *= Math.pow(0.5, (Math.abs(d - days[i]) - youngest) / halfLifeDays);
      }
      weight[i - start] = w;
      v1 += w;
      v2 += w * w;
      sumWy += w * share[i];
    }
    estimate = sumWy / v1;
    effectiveN = v1 * v1 / v2;
    double denominator = v1 - v2 / v1;
    if (count < 2 || !(denominator > 0)) {
      return;
    }
    double ss = 0;
    for (int i = start; i < end; i++) {
      double r = share[i] - estimate;
      ss += weight[i - start] * r * r;
    }
    standardDeviation = Math.sqrt(ss / denominator);
  }

  /** The number of sorted days below {@code value}, or at most {@code value} when {@code orAt}. */
  private int countBefore(double value, boolean orAt) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < value || (orAt && days[mid] == value)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
