package io.github.pollkit.stats;

import io.github.pollkit.internal.Checks;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution: critical values and two-sided p-values. The one place where
 * pollkit builds a normal quantile; every normal interval and band (statistics, trends, weighting)
 * takes its {@code z} from {@link #criticalValue(double)}.
 */
public final class StandardNormal {
  private StandardNormal() {}

  /** No random generator: the distribution is only evaluated, never sampled. */
  private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

  /**
   * The two-sided critical value z with P(|Z| &le; z) = confidence: the (1 − α/2) quantile of the
   * standard normal distribution with α = 1 − confidence, computed as −Φ⁻¹(α/2), which keeps its
   * accuracy for confidence levels close to 1. {@code criticalValue(0.95)} is 1.959964 (R: {@code
   * qnorm(0.975)}).
   *
   * @param confidence the confidence level, a fraction in (0, 1)
   * @return z, &gt; 0
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
   */
  public static double criticalValue(double confidence) {
    Checks.confidence(confidence);
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
