package io.github.pollkit.weighting;

/**
 * Respondents with their weights: the sample (fewer respondents than given when raking dropped
 * missing values), the weights (mean 1), what they were calibrated to and how they were made
 * ({@code null} before weighting). The state of a {@link Respondents}, and what {@link Raking} and
 * {@link PostStratification} produce. Package-private; the array is not copied.
 */
record WeightedSample(
    Sample sample, double[] weights, Calibration calibration, WeightingReport report) {

  /** The sample weighted by its base weights alone. */
  static WeightedSample unweighted(Sample sample) {
    return new WeightedSample(sample, sample.baseWeights(), new Calibration.None(), null);
  }
}
