package io.github.pollkit.trend;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static io.github.pollkit.testing.HouseRules.assertNullArgument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-derived cases, properties and argument errors of {@link LinearTrend}. */
class LinearTrendTest {
  private static final double Y = LinearTrend.DAYS_PER_YEAR;

  @Test
  void three_points_by_hand() {
    // Years 0, 1, 2 with shares 50, 53, 52: x̄ = 1, ȳ = 155/3, Sxx = 2, Sxy = 2, so b = 1 point
    // per year; fitted 152/3, 155/3, 158/3, residuals -2/3, 4/3, -2/3, SSE = 8/3, df = 1,
    // σ̂² = 8/3, se(b) = √(σ̂²/Sxx) = 2/√3, se(ȳ) = √(σ̂²/3) = √8/3,
    // SST = 25/9 + 16/9 + 1/9 = 42/9, R² = 1 − (8/3)/(42/9) = 3/7.
    LinearTrendFit fit = LinearTrend.fit(new double[] {0, Y, 2 * Y}, new double[] {50, 53, 52});
    assertEquals(1.0, fit.slopePerYear(), 1e-12);
    assertEquals(2 / Math.sqrt(3), fit.standardError(), 1e-12);
    assertEquals(Y, fit.referenceDay(), 1e-9);
    assertEquals(155.0 / 3, fit.levelAtReference(), 1e-12);
    assertEquals(Math.sqrt(8) / 3, fit.levelStandardError(), 1e-12);
    assertEquals(8.0 / 3, fit.residualVariance(), 1e-12);
    assertEquals(3.0 / 7, fit.rSquared(), 1e-12);
    assertEquals(3, fit.n());
    assertEquals(1, fit.degreesOfFreedom());
    assertEquals(152.0 / 3, fit.predict(0), 1e-12);
    // At x₀ = 0: se² = σ̂² (1/3 + 1/2) = 8/3 · 5/6 = 20/9.
    assertEquals(Math.sqrt(20) / 3, fit.meanStandardError(0), 1e-12);
    // The band at the reference day has the level's standard error.
    assertEquals(fit.levelStandardError(), fit.meanStandardError(fit.referenceDay()), 1e-12);
  }

  @Test
  void perfect_line_has_exact_slope_and_zero_standard_error() {
    double[] days = {0, Y, 2 * Y, 4 * Y};
    double[] share = {40, 42, 44, 48};
    LinearTrendFit fit = LinearTrend.fit(days, share);
    assertEquals(2.0, fit.slopePerYear(), 1e-12);
    assertEquals(0.0, fit.standardError(), 1e-12);
    assertEquals(1.0, fit.rSquared(), 1e-12);
    assertEquals("+2.0 points/year (95% CI +2.0 to +2.0), n = 4", fit.toString());
  }

  @Test
  void prints_as_a_person_would_say_it() {
    // statsmodels 0.13.5, sm.OLS(share, sm.add_constant(days / 365.25)).fit(): slope
    // 3.0753336, conf_int() 1.90141241 to 4.2492548, conf_int(alpha=0.1) 2.27865463 to 3.87201258.
    double[] days = {13408, 15496, 17700, 19770};
    double[] share = {21.5, 40.0, 53.0, 77.0};
    assertEquals(
        "+3.1 points/year (95% CI +1.9 to +4.2), n = 4", LinearTrend.fit(days, share).toString());
    assertEquals("[2.3, 3.9]", LinearTrend.fit(days, share).interval(0.9).toString());
  }

  @Test
  void falling_trend_prints_a_minus_sign() {
    LinearTrendFit fit = LinearTrend.fit(new double[] {0, Y, 2 * Y}, new double[] {52, 53, 50});
    assertTrue(fit.toString().startsWith("-1.0 points/year (95% CI "), fit.toString());
  }

  @Test
  void integer_weights_give_the_slope_of_repeated_polls() {
    // WLS with weight 2 on a poll has the same normal equations as OLS with that poll twice.
    double[] days = {100, 400, 900, 1300};
    double[] share = {30, 36, 35, 41};
    LinearTrendFit weighted = LinearTrend.fitWeighted(days, share, new double[] {1, 2, 1, 3});
    LinearTrendFit repeated =
        LinearTrend.fit(
            new double[] {100, 400, 400, 900, 1300, 1300, 1300},
            new double[] {30, 36, 36, 35, 41, 41, 41});
    assertEquals(repeated.slopePerYear(), weighted.slopePerYear(), 1e-12);
    assertEquals(repeated.levelAtReference(), weighted.levelAtReference(), 1e-12);
    assertEquals(repeated.referenceDay(), weighted.referenceDay(), 1e-9);
    assertEquals(repeated.rSquared(), weighted.rSquared(), 1e-12);
  }

  @Test
  void scaling_all_weights_changes_nothing_but_the_residual_variance() {
    double[] days = {100, 400, 900, 1300, 1500};
    double[] share = {30, 36, 35, 41, 40};
    LinearTrendFit a = LinearTrend.fitWeighted(days, share, new double[] {1, 2, 1, 3, 2});
    LinearTrendFit b =
        LinearTrend.fitWeighted(days, share, new double[] {1000, 2000, 1000, 3000, 2000});
    assertEquals(a.slopePerYear(), b.slopePerYear(), 1e-12);
    assertEquals(a.standardError(), b.standardError(), 1e-12);
    assertEquals(a.levelStandardError(), b.levelStandardError(), 1e-12);
    assertEquals(1000 * a.residualVariance(), b.residualVariance(), 1e-9);
  }

  @Test
  void equal_weights_are_ordinary_least_squares() {
    double[] days = {100, 400, 900, 1300, 1500};
    double[] share = {30, 36, 35, 41, 40};
    LinearTrendFit ols = LinearTrend.fit(days, share);
    LinearTrendFit wls = LinearTrend.fitWeighted(days, share, new double[] {1, 1, 1, 1, 1});
    assertEquals(ols, wls);
  }

  @Test
  void constant_shares_have_zero_slope_and_undefined_r_squared() {
    LinearTrendFit fit = LinearTrend.fit(new double[] {0, 10, 20}, new double[] {45, 45, 45});
    assertEquals(0.0, fit.slopePerYear(), 0.0);
    assertEquals(0.0, fit.standardError(), 0.0);
    assertTrue(Double.isNaN(fit.rSquared()));
  }

  @Test
  void band_is_a_copy_and_has_one_value_per_day() {
    LinearTrendFit fit = LinearTrend.fit(new double[] {0, Y, 2 * Y}, new double[] {50, 53, 52});
    // a day grid of whole days: day 0, one year (365 days) and five years (1826 days) on
    long[] days = {0, 365, 1826};
    TrendBand band = fit.band(days, 0.95);
    days[0] = 999;
    band.upper()[0] = 999;
    assertEquals(java.time.LocalDate.ofEpochDay(0), band.dates().get(0));
    assertEquals(3, band.size());
    for (int i = 0; i < band.size(); i++) {
      assertTrue(band.lower()[i] < band.estimate()[i] && band.estimate()[i] < band.upper()[i]);
      assertEquals(band.estimate()[i], fit.predict(band.dates().get(i).toEpochDay()), 1e-12);
    }
    // the band widens away from the reference day
    assertTrue(band.upper()[2] - band.lower()[2] > band.upper()[1] - band.lower()[1]);
  }

  @Test
  void fewer_than_three_polls_are_rejected_with_the_reason() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LinearTrend.fit(new double[] {0, 1}, new double[] {40, 41}));
    assertEquals(
        "epochDays must hold at least 3 polls for a trend with a standard error "
            + "(n - 2 >= 1 degrees of freedom), had 2",
        e.getMessage());
  }

  @Test
  void all_days_equal_are_rejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LinearTrend.fit(new double[] {5, 5, 5}, new double[] {40, 41, 42}));
    assertEquals(
        "epochDays must hold at least two different days for a slope, all were 5.0",
        e.getMessage());
  }

  @Test
  void non_finite_values_are_rejected_by_name_and_index() {
    assertBadArgument(
        "epochDays[1] must be finite, was NaN",
        () -> LinearTrend.fit(new double[] {0, Double.NaN, 2}, new double[] {40, 41, 42}));
    assertBadArgument(
        "share[2] must be a share in percentage points in [0, 100], was Infinity",
        () ->
            LinearTrend.fit(
                new double[] {0, 1, 2}, new double[] {40, 41, Double.POSITIVE_INFINITY}));
    assertBadArgument(
        "share[0] must be a share in percentage points in [0, 100], was 101.0",
        () -> LinearTrend.fit(new double[] {0, 1, 2}, new double[] {101, 41, 42}));
    assertBadArgument(
        "weights[0] must be finite and > 0, was NaN",
        () ->
            LinearTrend.fitWeighted(
                new double[] {0, 1, 2},
                new double[] {40, 41, 42},
                new double[] {Double.NaN, 1, 1}));
  }

  @Test
  void zero_and_negative_weights_are_rejected() {
    double[] days = {0, 1, 2};
    double[] share = {40, 41, 42};
    assertBadArgument(
        "weights[1] must be finite and > 0, was 0.0",
        () -> LinearTrend.fitWeighted(days, share, new double[] {1, 0, 1}));
    assertBadArgument(
        "weights[2] must be finite and > 0, was -3.0",
        () -> LinearTrend.fitWeighted(days, share, new double[] {1, 1, -3}));
  }

  @Test
  void length_mismatch_and_null_are_rejected() {
    assertBadArgument(
        "share must have the same length as epochDays (3), had 2",
        () -> LinearTrend.fit(new double[] {0, 1, 2}, new double[] {40, 41}));
    assertBadArgument(
        "weights must have the same length as epochDays (3), had 4",
        () ->
            LinearTrend.fitWeighted(
                new double[] {0, 1, 2}, new double[] {40, 41, 42}, new double[] {1, 1, 1, 1}));
    assertNullArgument(
        "epochDays must not be null", () -> LinearTrend.fit(null, new double[] {40, 41, 42}));
    assertNullArgument(
        "weights must not be null",
        () -> LinearTrend.fitWeighted(new double[] {0, 1, 2}, new double[] {40, 41, 42}, null));
  }

  @Test
  void confidence_outside_zero_one_is_rejected() {
    LinearTrendFit fit = LinearTrend.fit(new double[] {0, Y, 2 * Y}, new double[] {50, 53, 52});
    assertBadArgument("confidence must be in (0, 1), was 1.5", () -> fit.interval(1.5));
    assertBadArgument("confidence must be in (0, 1), was 0.0", () -> fit.band(new long[] {0}, 0));
    assertBadArgument("epochDay must be finite, was NaN", () -> fit.predict(Double.NaN));
  }
}
