package io.github.pollkit.trend;

import java.util.Locale;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a confidence level such as 0.95.
 *
 * <pre>{@code
 * ConfidenceInterval ci = LinearTrend.fit(days, share).interval(0.90);
 * double width = ci.upper() - ci.lower();
 * }</pre>
 *
 * @param lower the lower bound, in the unit of the estimate (points, or points per year)
 * @param upper the upper bound, not below {@code lower}
 * @param confidence the confidence level as a fraction in (0, 1)
 */
public record ConfidenceInterval(double lower, double upper, double confidence) {

  /** Checks that the bounds are finite and ordered and that the level is in (0, 1). */
  public ConfidenceInterval {
    Arguments.requireConfidence(confidence);
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "lower and upper must be finite with lower <= upper, were %s and %s",
              lower,
              upper));
    }
  }

  /** Whether {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /** For example {@code "95% CI +2.8 to +4.0"}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s%% CI %s to %s",
        TrendFormat.percent(confidence),
        TrendFormat.signed(lower),
        TrendFormat.signed(upper));
  }
}
