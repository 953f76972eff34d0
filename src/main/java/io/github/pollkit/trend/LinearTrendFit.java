package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.stats.Interval;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A fitted straight-line trend: slope in points per year with its standard error, the fitted level
 * at a reference day (the weighted mean day of the polls) and what it needs to draw the line with
 * its confidence band. Made by {@link LinearTrend}; see there for the formulas.
 *
 * <pre>{@code
 * LinearTrendFit trend = LinearTrend.fitWeighted(days, share, sampleSizes);
 * trend.slopePerYear();                  // points per year
 * trend.interval(0.90);                  // 90% CI of the slope
 * trend.predict(LocalDate.of(2024, 1, 1).toEpochDay());
 * TrendBand band = trend.band(gridDays, 0.95); // line and 95% band of the fitted mean (long[] days)
 * }</pre>
 *
 * @param slopePerYear the slope b in percentage points per year of 365.25 days
 * @param standardError the standard error of the slope, points per year
 * @param referenceDay x̄, the (weighted) mean epoch day of the polls
 * @param levelAtReference ȳ, the fitted share at {@code referenceDay} (the intercept of the line
 *     centred there), in points
 * @param levelStandardError the standard error of {@code levelAtReference}, √(σ̂²/W)
 * @param rSquared the (weighted) coefficient of determination; NaN when all shares are equal
 * @param residualVariance σ̂² = Σ w r² / (n − 2), in squared points times the weight unit
 * @param n the number of polls used
 */
public record LinearTrendFit(
    double slopePerYear,
    double standardError,
    double referenceDay,
    double levelAtReference,
    double levelStandardError,
    double rSquared,
    double residualVariance,
    int n) {

  /** Commons Math's default quantile accuracy (1e-9 absolute) is coarser than R's qt. */
  private static final double T_QUANTILE_ACCURACY = 1e-13;

  /**
   * Checks that the values can come from a fit of at least 3 polls.
   *
   * @param slopePerYear the slope b in percentage points per year of 365.25 days, finite
   * @param standardError the standard error of the slope, points per year, finite and &gt;= 0
   * @param referenceDay x̄, the (weighted) mean epoch day of the polls, finite
   * @param levelAtReference ȳ, the fitted share at {@code referenceDay} in points, finite
   * @param levelStandardError the standard error of {@code levelAtReference}, finite and &gt;= 0
   * @param rSquared the (weighted) coefficient of determination; NaN when all shares are equal
   * @param residualVariance σ̂², finite and &gt;= 0
   * @param n the number of polls used, &gt;= 3
   * @throws IllegalArgumentException if {@code n} &lt; 3 or a value is not finite or, where it must
   *     be, not &gt;= 0
   */
  public LinearTrendFit {
    if (n < 3) {
      throw new IllegalArgumentException("n must be >= 3 (n - 2 degrees of freedom), was " + n);
    }
    Checks.finite(slopePerYear, "slopePerYear");
    Checks.finite(referenceDay, "referenceDay");
    Checks.finite(levelAtReference, "levelAtReference");
    Checks.nonNegative(standardError, "standardError");
    Checks.nonNegative(levelStandardError, "levelStandardError");
    Checks.nonNegative(residualVariance, "residualVariance");
  }

  /** {@return the residual degrees of freedom, {@code n − 2}, at least 1} */
  public int degreesOfFreedom() {
    return n - 2;
  }

  /**
   * The confidence interval of the slope, {@code b ± t(1 − α/2, n − 2) · se(b)}, with α = 1 −
   * confidence.
   *
   * @param confidence the confidence level in (0, 1), e.g. 0.95
   * @return the interval of the slope in points per year
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public Interval interval(double confidence) {
    double halfWidth = tQuantile(confidence) * standardError;
    return new Interval(slopePerYear - halfWidth, slopePerYear + halfWidth);
  }

  /** {@return the lower bound of the 95% interval of the slope, in points per year} */
  public double lower95() {
    return interval(0.95).lower();
  }

  /** {@return the upper bound of the 95% interval of the slope, in points per year} */
  public double upper95() {
    return interval(0.95).upper();
  }

  /**
   * The fitted share on a day, {@code ȳ + b (x₀ − x̄)}.
   *
   * @param epochDay the day x₀ ({@code LocalDate.toEpochDay()}, fractions allowed), finite
   * @return the fitted share in points, not clipped to [0, 100] (a line may leave it far from the
   *     polls)
   * @throws IllegalArgumentException if {@code epochDay} is not finite
   */
  public double predict(double epochDay) {
    Checks.finite(epochDay, "epochDay");
    return levelAtReference + slopePerYear * yearsFromReference(epochDay);
  }

  /**
   * The standard error of the fitted mean on {@code epochDay}: √(σ̂² (1/W + (x₀ − x̄)²/Sxx)),
   * computed as √(levelStandardError² + ((x₀ − x̄)/365.25)² · standardError²).
   *
   * @param epochDay the day x₀ ({@code LocalDate.toEpochDay()}, fractions allowed), finite
   * @return the standard error of {@link #predict(double)} on that day, in points; smallest at the
   *     reference day
   * @throws IllegalArgumentException if {@code epochDay} is not finite
   */
  public double meanStandardError(double epochDay) {
    Checks.finite(epochDay, "epochDay");
    double years = yearsFromReference(epochDay);
    return Math.sqrt(
        levelStandardError * levelStandardError + years * years * standardError * standardError);
  }

  /**
   * The fitted line and the confidence band of the fitted mean (not of a new poll) on the given
   * days: {@code predict(x₀) ± t(1 − α/2, n − 2) · meanStandardError(x₀)}.
   *
   * @param epochDays the days to evaluate ({@code LocalDate.toEpochDay()}), strictly increasing
   * @param confidence the confidence level in (0, 1), e.g. 0.95
   * @return the line and band on those days
   * @throws IllegalArgumentException if the days are not strictly increasing or the confidence is
   *     not in (0, 1)
   */
  public TrendBand band(long[] epochDays, double confidence) {
    Checks.notNull(epochDays, "epochDays");
    double[] fitted = new double[epochDays.length];
    double[] se = new double[epochDays.length];
    for (int i = 0; i < epochDays.length; i++) {
      fitted[i] = predict(epochDays[i]);
      se[i] = meanStandardError(epochDays[i]);
    }
    return TrendBand.of(epochDays, fitted, se, tQuantile(confidence), confidence);
  }

  /** For example {@code "+3.4 points/year (95% CI +2.8 to +4.0), n = 46"}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s points/year (95%% CI %s to %s), n = %d",
        TrendFormat.signed(slopePerYear),
        TrendFormat.signed(lower95()),
        TrendFormat.signed(upper95()),
        n);
  }

  private double yearsFromReference(double epochDay) {
    return (epochDay - referenceDay) / LinearTrend.DAYS_PER_YEAR;
  }

  private double tQuantile(double confidence) {
    Checks.confidence(confidence);
    return new TDistribution(null, degreesOfFreedom(), T_QUANTILE_ACCURACY)
        .inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }
}
