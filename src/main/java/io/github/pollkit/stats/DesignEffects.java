package io.github.pollkit.stats;

import io.github.pollkit.internal.Checks;

/**
 * Kish's effective sample size and design effect due to unequal weights.
 *
 * <p>For weights w₁ … wₙ (n = number of weights, zeros included):
 *
 * <pre>
 * n_eff = (Σ wᵢ)² / Σ wᵢ²          deff = n · Σ wᵢ² / (Σ wᵢ)² = n / n_eff = 1 + CV²(w)
 * </pre>
 *
 * where CV is the coefficient of variation of the weights with the population (1/n) variance.
 * Scaling all weights by a constant changes neither. deff ≥ 1, with equality exactly when all
 * weights are equal; it approximates the factor by which weighting alone inflates the variance of a
 * mean when the weights are unrelated to the answers (Kish 1965; Kish 1992). Pass it to {@link
 * Proportions#marginOfError(double, double, double, double)}, or pass n_eff as the sample size of
 * the other methods.
 *
 * <pre>{@code
 * double[] w = {0.5, 1.0, 1.0, 2.5};
 * DesignEffects.kishEffectiveSampleSize(w);   // 25 / 8.5 = 2.94
 * DesignEffects.kishDesignEffect(w);          // 4 × 8.5 / 25 = 1.36
 * }</pre>
 *
 * <p>References: L. Kish, <i>Survey Sampling</i>, Wiley, 1965; L. Kish, "Weighting for Unequal
 * P<sub>i</sub>", <i>Journal of Official Statistics</i> 8(2), 183–200, 1992.
 */
public final class DesignEffects {
  private DesignEffects() {}

  /**
   * Kish's effective sample size (Σw)² / Σw².
   *
   * @param weights the respondents' weights: at least one, each finite and ≥ 0, not all 0
   * @return the effective sample size, in (0, weights.length]
   * @throws IllegalArgumentException if the weights are empty, negative, NaN, infinite or all 0
   * @throws NullPointerException if {@code weights} is null
   */
  public static double kishEffectiveSampleSize(double[] weights) {
    Sums s = Sums.of(weights);
    return s.sum() * (s.sum() / s.sumOfSquares());
  }

  /**
   * Kish's design effect due to weighting, n·Σw² / (Σw)², where n = weights.length.
   *
   * @param weights the respondents' weights: at least one, each finite and ≥ 0, not all 0
   * @return the design effect, ≥ 1
   * @throws IllegalArgumentException if the weights are empty, negative, NaN, infinite or all 0
   * @throws NullPointerException if {@code weights} is null
   */
  public static double kishDesignEffect(double[] weights) {
    Sums s = Sums.of(weights);
    return weights.length * (s.sumOfSquares() / s.sum()) / s.sum();
  }

  /** Σw and Σw² of validated weights. */
  private record Sums(double sum, double sumOfSquares) {
    static Sums of(double[] weights) {
      Checks.notNull(weights, "weights");
      if (weights.length == 0) {
        throw new IllegalArgumentException("weights must not be empty");
      }
      double sum = 0;
      double sumOfSquares = 0;
      for (int i = 0; i < weights.length; i++) {
        double w = weights[i];
        if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
          throw new IllegalArgumentException(
              "weights must be finite and >= 0, was " + w + " at index " + i);
        }
        sum += w;
        sumOfSquares += w * w;
      }
      if (sum == 0) {
        throw new IllegalArgumentException(
            "weights must not all be 0, all " + weights.length + " were 0");
      }
      if (sumOfSquares < Double.POSITIVE_INFINITY && sumOfSquares >= Double.MIN_NORMAL) {
        return new Sums(sum, sumOfSquares);
      }
      return scaledByLargest(weights);
    }

    /**
     * Sums of the weights divided by a power of two near the largest weight, so that the squares
     * neither overflow nor underflow; the scaling is exact and cancels in both ratios.
     */
    private static Sums scaledByLargest(double[] weights) {
      double max = 0;
      for (double w : weights) {
        max = Math.max(max, w);
      }
      double scale = Math.scalb(1.0, -Math.getExponent(max));
      double sum = 0;
      double sumOfSquares = 0;
      for (double w : weights) {
        double scaled = w * scale;
        sum += scaled;
        sumOfSquares += scaled * scaled;
      }
      return new Sums(sum, sumOfSquares);
    }
  }
}
