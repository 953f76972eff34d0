package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import java.util.Arrays;
import java.util.Locale;

/**
 * A straight-line trend through a poll series, by ordinary or weighted least squares, with the
 * slope in percentage points per year of 365.25 days.
 *
 * <pre>{@code
 * double[] days = {13408, 15496, 17700, 19770}; // field end dates as epoch days
 * double[] share = {21.5, 40.0, 53.0, 77.0};    // support, in points
 * LinearTrendFit trend = LinearTrend.fit(days, share);
 * System.out.println(trend);        // +3.1 points/year (95% CI +1.9 to +4.2), n = 4
 * double perYear = trend.slopePerYear();
 * }</pre>
 *
 * <h2>Method</h2>
 *
 * <p>With weights {@code w_i} (all 1 for {@link #fit}) the closed-form weighted least-squares
 * estimates of {@code y = a + b x} are (Draper and Smith, <i>Applied Regression Analysis</i>, 3rd
 * ed., Wiley 1998: chapter 1 for the straight line, and its chapter on weighted least squares):
 *
 * <pre>
 *   W   = Σ w_i                    x̄ = Σ w_i x_i / W           ȳ = Σ w_i y_i / W
 *   Sxx = Σ w_i (x_i − x̄)²         Sxy = Σ w_i (x_i − x̄)(y_i − ȳ)
 *   b   = Sxy / Sxx                 a = ȳ − b x̄                 r_i = y_i − a − b x_i
 *   σ̂²  = Σ w_i r_i² / (n − 2)      se(b) = √(σ̂² / Sxx)          se(ȳ) = √(σ̂² / W)
 *   R²  = 1 − Σ w_i r_i² / Σ w_i (y_i − ȳ)²
 * </pre>
 *
 * <p>The fitted mean at {@code x₀} is {@code ȳ + b (x₀ − x̄)}; because ȳ and b are uncorrelated its
 * standard error is {@code √(σ̂² (1/W + (x₀ − x̄)² / Sxx))}. Intervals use Student's t with {@code
 * n − 2} degrees of freedom. These are exactly statsmodels' {@code OLS} and {@code WLS(y, X,
 * weights=w)} results ({@code params}, {@code bse}, {@code conf_int()}, {@code rsquared}, {@code
 * get_prediction().summary_frame()}), against which the tests check them. The weights are taken as
 * inverse-variance weights up to a common factor (σ̂² is estimated), so weighting by sample size
 * treats a poll's variance as proportional to 1/n.
 *
 * <p>Days are {@code LocalDate.toEpochDay()} values (fractions allowed, e.g. a field-period
 * midpoint); internally x is centred at x̄, so large day numbers lose no precision.
 */
public final class LinearTrend {
  /** Days in a year, as in all pollkit slopes. */
  public static final double DAYS_PER_YEAR = 365.25;

  private LinearTrend() {}

  /**
   * Ordinary least-squares trend of {@code share} over {@code epochDays}.
   *
   * @param epochDays the day of each poll (epoch days), finite, not all equal
   * @param share the share of each poll in points, in [0, 100]
   * @return the fitted line: slope in points per year with its standard error, level at the mean
   *     day, R² and the number of polls (all of them: none is left out)
   * @throws IllegalArgumentException for fewer than 3 polls, unequal lengths, non-finite values,
   *     shares outside [0, 100] or all days equal
   */
  public static LinearTrendFit fit(double[] epochDays, double[] share) {
    checkSeries(epochDays, share);
    double[] ones = new double[epochDays.length];
    Arrays.fill(ones, 1.0);
    return leastSquares(epochDays, share, ones);
  }

  /**
   * Weighted least-squares trend, for example with {@code weights} = sample sizes.
   *
   * @param epochDays the day of each poll (epoch days), finite, not all equal
   * @param share the share of each poll in points, in [0, 100]
   * @param weights a finite weight {@code > 0} per poll; only their ratios matter
   * @return the fitted line: slope in points per year with its standard error, level at the
   *     weighted mean day, weighted R² and the number of polls (all of them)
   * @throws IllegalArgumentException as {@link #fit}, and for a weight that is not finite and
   *     positive or a weights array of another length
   */
  public static LinearTrendFit fitWeighted(double[] epochDays, double[] share, double[] weights) {
    checkSeries(epochDays, share);
    Checks.notNull(weights, "weights");
    Checks.sameLength(weights, "weights", "epochDays", epochDays.length);
    Checks.allPositive(weights, "weights");
    return leastSquares(epochDays, share, weights);
  }

  private static void checkSeries(double[] epochDays, double[] share) {
    Checks.notNull(epochDays, "epochDays");
    Checks.notNull(share, "share");
    Checks.sameLength(share, "share", "epochDays", epochDays.length);
    if (epochDays.length < 3) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "epochDays must hold at least 3 polls for a trend with a standard error "
                  + "(n - 2 >= 1 degrees of freedom), had %d",
              epochDays.length));
    }
    Checks.allFinite(epochDays, "epochDays");
    Checks.allShares(share, "share");
  }

  private static LinearTrendFit leastSquares(double[] x, double[] y, double[] w) {
    int n = x.length;
    double sumW = 0;
    double sumWx = 0;
    double sumWy = 0;
    for (int i = 0; i < n; i++) {
      sumW += w[i];
      sumWx += w[i] * x[i];
      sumWy += w[i] * y[i];
    }
    double meanX = sumWx / sumW;
    double meanY = sumWy / sumW;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxx += w[i] * dx * dx;
      sxy += w[i] * dx * dy;
      syy += w[i] * dy * dy;
    }
    if (!(sxx > 0)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "epochDays must hold at least two different days for a slope, all were %s",
              x[0]));
    }
    double slopePerDay = sxy / sxx;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double r = y[i] - meanY - slopePerDay * (x[i] - meanX);
      sse += w[i] * r * r;
    }
    double residualVariance = sse / (n - 2);
    double rSquared = syy > 0 ? 1 - sse / syy : Double.NaN;
    return new LinearTrendFit(
        slopePerDay * DAYS_PER_YEAR,
        Math.sqrt(residualVariance / sxx) * DAYS_PER_YEAR,
        meanX,
        meanY,
        Math.sqrt(residualVariance / sumW),
        rSquared,
        residualVariance,
        n);
  }
}
