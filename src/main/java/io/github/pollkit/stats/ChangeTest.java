package io.github.pollkit.stats;

import io.github.pollkit.internal.Checks;
import java.util.Locale;

/**
 * The change of a share between two independent polls and its Wald (z) test, as returned by {@link
 * Proportions#change(double, double, double, double)}.
 *
 * <p>With the change d = share2 − share1 and its standard error SE (both in points):
 *
 * <ul>
 *   <li>{@link #z()} = d / SE;
 *   <li>{@link #pValue()} = P(|Z| ≥ |z|) = erfc(|z|/√2), two-sided, for the hypothesis "no change";
 *   <li>{@link #interval(double)} = d ± z<sub>crit</sub>·SE, clipped to [−100, 100].
 * </ul>
 *
 * The standard error is unpooled, √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂), as in statsmodels' {@code
 * test_proportions_2indep(..., method='wald')} (which reports p₁ − p₂, the opposite sign). When
 * both shares are 0 or 100 the standard error is 0: z is then ±∞ (p-value 0) for a non-zero change
 * and NaN (p-value NaN) for no change, because the Wald test is undefined there.
 *
 * <pre>{@code
 * ChangeTest t = Proportions.change(34, 1000, 39, 1200);
 * t.change();          // 5.0 points
 * t.standardError();   // 2.06 points
 * t.pValue();          // 0.015
 * t.interval(0.95);    // [1.0, 9.0]
 * }</pre>
 *
 * @param change share2 − share1 in points, in [−100, 100]
 * @param standardError its standard error in points, finite and ≥ 0
 */
public record ChangeTest(double change, double standardError) {

  /**
   * Checks the values.
   *
   * @param change share2 − share1 in points, in [−100, 100]
   * @param standardError its standard error in points, finite and ≥ 0
   * @throws IllegalArgumentException if {@code change} is outside [−100, 100] or NaN, or {@code
   *     standardError} is negative, infinite or NaN
   */
  public ChangeTest {
    if (!(change >= -100 && change <= 100)) {
      throw new IllegalArgumentException("change must be in [-100, 100], was " + change);
    }
    Checks.nonNegative(standardError, "standardError");
  }

  /**
   * The test statistic.
   *
   * @return change / standardError (see the class notes for a zero standard error)
   */
  public double z() {
    return change / standardError;
  }

  /**
   * The two-sided p-value of the hypothesis that the share did not change.
   *
   * @return P(|Z| ≥ |z|) = erfc(|z|/√2), computed without cancellation far into the tail
   */
  public double pValue() {
    return StandardNormal.twoSidedPValue(z());
  }

  /**
   * The Wald confidence interval for the change, change ± z·SE, clipped to [−100, 100], in points.
   *
   * @param confidence the confidence level, in (0, 1)
   * @return the interval in points
   * @throws IllegalArgumentException if {@code confidence} is out of range
   */
  public Interval interval(double confidence) {
    Checks.confidence(confidence);
    double halfWidth = StandardNormal.criticalValue(confidence) * standardError;
    return new Interval(Math.max(-100, change - halfWidth), Math.min(100, change + halfWidth));
  }

  /** For example {@code +5.0 points (SE 2.06, z = 2.43, p = 0.0150)}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%+.1f points (SE %.2f, z = %.2f, p = %.3g)",
        change,
        standardError,
        z(),
        pValue());
  }
}
