package io.github.pollkit.trend;

import java.util.Arrays;

/**
 * Sample sizes with the missing-n rule applied: a NaN n becomes the median of the others. The
 * Kalman smoother and the rolling average share this rule.
 *
 * @param n the sample sizes, each NaN replaced by the median
 * @param medianCount how many were NaN
 * @param median the median given to the polls without a sample size; NaN when none was missing
 */
record SampleSizes(double[] n, int medianCount, double median) {

  static SampleSizes of(double[] given) {
    double[] known = new double[given.length];
    int k = 0;
    for (int i = 0; i < given.length; i++) {
      double v = given[i];
      if (Double.isNaN(v)) {
        continue;
      }
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            "n must be in (0, ∞) or NaN for missing, was " + v + " at index " + i);
      }
      known[k++] = v;
    }
    int missing = given.length - k;
    if (missing == 0) {
      return new SampleSizes(given.clone(), 0, Double.NaN);
    }
    if (k == 0) {
      throw new IllegalArgumentException(
          "n must be given for at least one poll (missing n takes the median of the others),"
              + " was NaN for all "
              + given.length);
    }
    double median = Median.of(Arrays.copyOf(known, k));
    double[] filled = given.clone();
    for (int i = 0; i < filled.length; i++) {
      if (Double.isNaN(filled[i])) {
        filled[i] = median;
      }
    }
    return new SampleSizes(filled, missing, median);
  }
}
