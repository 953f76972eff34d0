package io.github.pollkit.weighting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;

/**
 * The one check of population shares, for raking targets and post-stratification cells alike:
 * fractions (not points) in (0, 1] that sum to 1 within {@value #SUM_TOLERANCE}; they are then
 * divided by their sum, so that the weighted margins can agree with them exactly.
 */
final class PopulationShares {
  static final double SUM_TOLERANCE = 1e-6;

  private PopulationShares() {}

  /**
   * The shares of {@code byLevel}, in its order, checked and divided by their sum.
   *
   * @param what the variable (or "cellShares") the shares belong to, for the messages
   */
  static double[] checked(String what, Map<String, Double> byLevel) {
    double[] shares = new double[byLevel.size()];
    double sum = 0;
    int l = 0;
    for (Map.Entry<String, Double> e : byLevel.entrySet()) {
      Objects.requireNonNull(e.getKey(), () -> "a level in the targets for '" + what + "'");
      Double share = e.getValue();
      Objects.requireNonNull(
          share, () -> "the target share of '" + e.getKey() + "' in '" + what + "'");
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException(
            "target share of '"
                + e.getKey()
                + "' in '"
                + what
                + "' must be in (0, 1], was "
                + share);
      }
      shares[l++] = share;
      sum += share;
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "targets for '"
              + what
              + "' must sum to 1, but sum to "
              + new BigDecimal(sum).round(new MathContext(10)).stripTrailingZeros().toPlainString()
              + ": "
              + byLevel);
    }
    for (int i = 0; i < shares.length; i++) {
      shares[i] /= sum;
    }
    return shares;
  }
}
