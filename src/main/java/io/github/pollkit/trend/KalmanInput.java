package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.stats.Proportions;
import java.util.Arrays;

/**
 * Validated observations for the local-level model, sorted by day (stable: polls on the same day
 * keep their input order), each with its known observation variance in points² (sampling variance
 * times the design effect, plus the variance of a published range, divided by the poll's weight
 * when {@link #weighted(double[])} gave one; the shared non-sampling variance τ² is added later by
 * the filter).
 *
 * <p>Three factories build it: {@link #ofShares} (a share per poll), {@link #ofLeads} (the lead of
 * option 1 over option 2 per poll) and {@link #ofVariances} (values with known variances). They
 * reject bad arguments with an {@link IllegalArgumentException} that names the argument, the index
 * and the allowed range.
 */
final class KalmanInput {

  /** Longest grid accepted, in days (about 547 years): guards memory against a mistyped day. */
  static final int MAX_GRID_DAYS = 200_000;

  final int firstDay;
  final int gridDays;

  /** Day of each observation as an offset into the grid (0 = first day), ascending. */
  final int[] dayIndex;

  final double[] value;

  /** Known variance of each observation in points², without τ². */
  final double[] knownVariance;

  /** Index of each sorted observation in the caller's arrays, for error messages. */
  final int[] inputIndex;

  /** How many polls had no sample size and were given the median n of the others. */
  final int medianSampleSizeCount;

  private KalmanInput(
      int[] day, double[] value, double[] knownVariance, int medianSampleSizeCount) {
    int m = day.length;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int d : day) {
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    long span = (long) max - min + 1;
    if (span > MAX_GRID_DAYS) {
      throw new IllegalArgumentException(
          "day must span at most " + MAX_GRID_DAYS + " days, spanned " + span + " days");
    }
    long[] keys = new long[m];
    for (int i = 0; i < m; i++) {
      keys[i] = ((long) (day[i] - min) << 32) | i;
    }
    Arrays.sort(keys);
    this.firstDay = min;
    this.gridDays = (int) span;
    this.dayIndex = new int[m];
    this.value = new double[m];
    this.knownVariance = new double[m];
    this.inputIndex = new int[m];
    for (int k = 0; k < m; k++) {
      int i = (int) (keys[k] & 0xFFFF_FFFFL);
      dayIndex[k] = (int) (keys[k] >>> 32);
      this.value[k] = value[i];
      this.knownVariance[k] = knownVariance[i];
      inputIndex[k] = i;
    }
    this.medianSampleSizeCount = medianSampleSizeCount;
  }

  /** A copy with other known variances (same order); everything else shared. */
  private KalmanInput(KalmanInput base, double[] knownVariance) {
    this.firstDay = base.firstDay;
    this.gridDays = base.gridDays;
    this.dayIndex = base.dayIndex;
    this.value = base.value;
    this.knownVariance = knownVariance;
    this.inputIndex = base.inputIndex;
    this.medianSampleSizeCount = base.medianSampleSizeCount;
  }

  int size() {
    return value.length;
  }

  /**
   * These observations with each known variance divided by its poll's weight: a poll of weight w
   * counts as w independent polls of its size.
   *
   * @param weight the weight of each poll in the caller's order, finite and &gt; 0
   * @throws NullPointerException if weight is null
   * @throws IllegalArgumentException if its length differs or a weight is not finite and &gt; 0
   */
  KalmanInput weighted(double[] weight) {
    Checks.notNull(weight, "weight");
    int m = size();
    if (weight.length != m) {
      throw new IllegalArgumentException(
          "weight must have the length of day (" + m + "), had " + weight.length);
    }
    for (int i = 0; i < m; i++) {
      if (!(weight[i] > 0 && weight[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "weight must be finite and > 0, was " + weight[i] + " at index " + i);
      }
    }
    double[] variance = new double[m];
    for (int k = 0; k < m; k++) {
      variance[k] = knownVariance[k] / weight[inputIndex[k]];
    }
    return new KalmanInput(this, variance);
  }

  /**
   * Polls of one option: variance p(100 − p)/n × designEffect + (high − low)²/12 per poll.
   *
   * @param rangeLow lower bounds of published ranges, NaN where a poll has none; may be null
   * @param rangeHigh upper bounds, NaN exactly where {@code rangeLow} is NaN; may be null
   */
  static KalmanInput ofShares(
      int[] day,
      double[] share,
      double[] n,
      double[] rangeLow,
      double[] rangeHigh,
      double designEffect) {
    Checks.notNull(day, "day");
    Checks.notNull(share, "share");
    Checks.notNull(n, "n");
    if ((rangeLow == null) != (rangeHigh == null)) {
      throw new IllegalArgumentException(
          "rangeLow and rangeHigh must both be given or both be null");
    }
    int m = requireSameLength(day, share, n, rangeLow, rangeHigh);
    for (int i = 0; i < m; i++) {
      requireShare("share", i, share[i]);
      if (rangeLow != null) {
        requireRange(i, share[i], rangeLow[i], rangeHigh[i]);
      }
    }
    SampleSizes sizes = SampleSizes.of(n);
    double[] variance = new double[m];
    for (int i = 0; i < m; i++) {
      double p = share[i];
      variance[i] = p * (100 - p) / sizes.n()[i] * designEffect;
      if (rangeLow != null && !Double.isNaN(rangeLow[i])) {
        double width = rangeHigh[i] - rangeLow[i];
        variance[i] += width * width / 12;
      }
    }
    return new KalmanInput(day, share.clone(), variance, sizes.medianCount());
  }

  /**
   * The lead share1 − share2 of each poll, with variance [100(p1 + p2) − (p1 − p2)²]/n ×
   * designEffect in points² (the multinomial variance of a difference of two shares of one sample).
   */
  static KalmanInput ofLeads(
      int[] day, double[] share1, double[] share2, double[] n, double designEffect) {
    Checks.notNull(day, "day");
    Checks.notNull(share1, "share1");
    Checks.notNull(share2, "share2");
    Checks.notNull(n, "n");
    int m = requireSameLength(day, share1, share2, n);
    double[] lead = new double[m];
    for (int i = 0; i < m; i++) {
      requireShare("share1", i, share1[i]);
      requireShare("share2", i, share2[i]);
      if (share1[i] + share2[i] > Proportions.MAX_PAIR_SUM) {
        throw new IllegalArgumentException(
            "share1 + share2 must be at most 101 (100 plus rounding), was "
                + (share1[i] + share2[i])
                + " at index "
                + i);
      }
      lead[i] = share1[i] - share2[i];
    }
    SampleSizes sizes = SampleSizes.of(n);
    double[] variance = new double[m];
    for (int i = 0; i < m; i++) {
      double sum = share1[i] + share2[i];
      variance[i] = (100 * sum - lead[i] * lead[i]) / sizes.n()[i] * designEffect;
    }
    return new KalmanInput(day, lead, variance, sizes.medianCount());
  }

  /** Values with known variances in points² (no sample-size rule, no design effect). */
  static KalmanInput ofVariances(int[] day, double[] value, double[] variance) {
    Checks.notNull(day, "day");
    Checks.notNull(value, "value");
    Checks.notNull(variance, "variance");
    int m = requireSameLength(day, value, variance);
    for (int i = 0; i < m; i++) {
      if (!Double.isFinite(value[i])) {
        throw new IllegalArgumentException(
            "value must be finite, was " + value[i] + " at index " + i);
      }
      if (!(variance[i] >= 0) || Double.isInfinite(variance[i])) {
        throw new IllegalArgumentException(
            "variance must be in [0, ∞), was " + variance[i] + " at index " + i);
      }
    }
    return new KalmanInput(day, value.clone(), variance.clone(), 0);
  }

  private static int requireSameLength(int[] day, double[]... others) {
    int m = day.length;
    if (m == 0) {
      throw new IllegalArgumentException("day must hold at least one poll, was empty");
    }
    for (double[] other : others) {
      if (other != null && other.length != m) {
        throw new IllegalArgumentException(
            "all arrays must have the length of day (" + m + "), one had " + other.length);
      }
    }
    return m;
  }

  private static void requireShare(String name, int i, double p) {
    if (!Checks.isShare(p)) {
      throw new IllegalArgumentException(
          name + " must be in [0, 100], was " + p + " at index " + i);
    }
  }

  private static void requireRange(int i, double share, double low, double high) {
    if (Double.isNaN(low) && Double.isNaN(high)) {
      return;
    }
    if (Double.isNaN(low) || Double.isNaN(high)) {
      throw new IllegalArgumentException(
          "rangeLow and rangeHigh must both be NaN or both be given, were "
              + low
              + " and "
              + high
              + " at index "
              + i);
    }
    if (!(Checks.isShare(low) && Checks.isShare(high) && low <= share && share <= high)) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= rangeLow <= share <= rangeHigh <= 100, was ["
              + low
              + ", "
              + high
              + "] with share "
              + share
              + " at index "
              + i);
    }
  }
}
