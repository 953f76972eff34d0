package io.github.pollkit.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/** The standard normal distribution: critical values and two-sided p-values. */
final class StandardNormal {
  private StandardNormal() {}

  /** No random generator: the distribution is only evaluated, never sampled. */
  private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

  /**
   * z such that P(|Z| &le; z) = confidence, i.e. the (1 − α/2) quantile with α = 1 − confidence.
   */
  static double criticalValue(double confidence) {
    double alpha = 1 - confidence;
    return -N01.inverseCumulativeProbability(alpha / 2);
  }

  /** P(|Z| &ge; |z|) = erfc(|z|/√2), accurate far into the tail; NaN for NaN. */
  static double twoSidedPValue(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }
}
