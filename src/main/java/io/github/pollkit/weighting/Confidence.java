package io.github.pollkit.weighting;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A confidence level in (0, 1) with its two-sided normal critical value {@code z}, the (1 + level)/2
 * quantile of the standard normal distribution: the one place where weighting computes it.
 */
record Confidence(double level, double z) {
  /** No random generator: the distribution is only evaluated, never sampled. */
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  static Confidence of(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + level);
    }
    return new Confidence(level, STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2));
  }

  /** The level in percent as a person writes it: 0.95 → "95", 0.999 → "99.9". */
  String percent() {
    return new BigDecimal(100 * level).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
