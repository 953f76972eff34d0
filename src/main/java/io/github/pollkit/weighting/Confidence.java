package io.github.pollkit.weighting;

import io.github.pollkit.stats.StandardNormal;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A confidence level in (0, 1) with its two-sided normal critical value {@code z}, the (1 +
 * level)/2 quantile of the standard normal distribution ({@link StandardNormal#criticalValue}).
 */
record Confidence(double level, double z) {
  static Confidence of(double level) {
    return new Confidence(level, StandardNormal.criticalValue(level));
  }

  /** The level in percent as a person writes it: 0.95 → "95", 0.999 → "99.9". */
  String percent() {
    return new BigDecimal(100 * level)
        .round(new MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }
}
