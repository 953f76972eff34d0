package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.Map;

/**
 * The polls of a {@link RollingAverage} sorted by day, each with its weight before recency: the
 * sample-size factor times the pollster weight times the poll's own weight (see {@link
 * RollingAverage}, "Weights"). Arrays are shared, not copied: the record lives only inside one
 * evaluation.
 *
 * @param days the day of each poll, ascending
 * @param share the share of each poll
 * @param baseWeight the weight of each poll before recency
 * @param imputedCount how many polls had no sample size and were given {@code imputedSampleSize}
 * @param imputedSampleSize the median reported sample size given to those polls; NaN when none
 */
record WeightedPolls(
    double[] days,
    double[] share,
    double[] baseWeight,
    int imputedCount,
    double imputedSampleSize) {

  /**
   * @throws IllegalArgumentException when sample sizes weigh and no poll reports one
   */
  static WeightedPolls of(
      PollSeries polls,
      RollingAverage.SampleSizeWeight sampleSizeWeight,
      double cap,
      Map<String, Double> pollsterWeights) {
    double[] day = polls.epochDays();
    double[] share = polls.share();
    double[] sampleSize = polls.sampleSize();
    String[] pollster = polls.pollster();
    double[] weight = polls.weight();
    SampleSizes sizes = null;
    if (sampleSizeWeight != RollingAverage.SampleSizeWeight.NONE) {
      if (sampleSize.length > 0 && Arrays.stream(sampleSize).allMatch(Double::isNaN)) {
        throw new IllegalArgumentException(
            "polls has no sample sizes, so sampleSizeWeight "
                + sampleSizeWeight
                + " cannot be used; use NONE or give sample sizes");
      }
      sizes = SampleSizes.of(sampleSize);
    }
    int k = day.length;
    int[] order = SortOrder.ascending(day);
    double[] sortedDays = new double[k];
    double[] sortedShare = new double[k];
    double[] baseWeight = new double[k];
    for (int j = 0; j < k; j++) {
      int i = order[j];
      sortedDays[j] = day[i];
      sortedShare[j] = share[i];
      double factor = sizes == null ? 1.0 : sampleSizeFactor(sampleSizeWeight, sizes.n()[i], cap);
      baseWeight[j] = factor * pollsterWeights.getOrDefault(pollster[i], 1.0) * weight[i];
    }
    return sizes == null
        ? new WeightedPolls(sortedDays, sortedShare, baseWeight, 0, Double.NaN)
        : new WeightedPolls(
            sortedDays, sortedShare, baseWeight, sizes.medianCount(), sizes.median());
  }

  private static double sampleSizeFactor(
      RollingAverage.SampleSizeWeight sampleSizeWeight, double n, double cap) {
    switch (sampleSizeWeight) {
      case SQRT_N:
        return Math.sqrt(Math.min(n, cap));
      case N:
        return Math.min(n, cap);
      default:
        return 1.0;
    }
  }
}
