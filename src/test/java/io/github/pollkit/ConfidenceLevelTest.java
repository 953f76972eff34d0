package io.github.pollkit;

import static io.github.pollkit.PollSetTest.poll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.TrendBand;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bands at another confidence level through the facade. A band is estimate ∓ q · se, so at the same
 * estimate and standard error the 90% half-width is the 95% one times q(0.90) / q(0.95):
 *
 * <ul>
 *   <li>normal bands (Kalman, LOESS, rolling average): q = Φ⁻¹((1 + level) / 2); from the standard
 *       normal table Φ⁻¹(0.95) = 1.6448536269514722 and Φ⁻¹(0.975) = 1.959963984540054, so the
 *       ratio is 0.839230…;
 *   <li>the linear trend's band uses Student's t with n − 2 degrees of freedom. With 3 polls that
 *       is 1 degree of freedom, the standard Cauchy distribution, whose CDF is 1/2 + arctan(t)/π,
 *       so t_p = tan(π (p − 1/2)): t(0.95) = tan(0.45 π) = 6.3137515…, t(0.975) = tan(0.475 π) =
 *       12.7062047…, ratio 0.496904….
 * </ul>
 */
class ConfidenceLevelTest {
  private static final double NORMAL_RATIO = 1.6448536269514722 / 1.959963984540054;
  private static final double CAUCHY_RATIO = Math.tan(0.45 * Math.PI) / Math.tan(0.475 * Math.PI);

  /** The README's series: the referendum question, shares of all respondents, and the range. */
  private static PollSet referendum() {
    return Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
        .excludingBase("would vote")
        .questionGroup("referendum", "summary")
        .placedAt(DatePlacement.MIDPOINT)
        .option("support");
  }

  @Test
  void kalman_band_at_90_percent_is_narrower_by_the_normal_quantile_ratio() {
    PollSet polls = referendum();
    SmoothedTrend at95 = polls.smooth(Smoothers.kalman()).get("support");
    SmoothedTrend at90 = polls.smooth(Smoothers.kalman().confidence(0.90)).get("support");
    assertEquals(0.90, at90.band().confidence());
    assertEquals("Kalman smoother, 90% band", at90.method());
    assertTrue(at90.toString().contains("(90% band "), at90.toString());
    assertHalfWidthRatio(at95.band(), at90.band(), NORMAL_RATIO, true);
  }

  @Test
  void real_time_kalman_loess_and_rolling_average_bands_follow_the_normal_ratio() {
    PollSet polls = referendum();
    RollingAverage yearly = RollingAverage.builder().windowDays(365).build();
    // Fixed variances: the honest real-time line with ML variances has no estimate before the
    // first weekly re-estimation (10 polls known), about half of this sparse series: too few days.
    KalmanSmoother fixed =
        KalmanSmoother.builder().processVariance(0.01).nonSamplingVariance(4).build();
    for (Smoother smoother :
        List.of(
            Smoothers.kalmanRealTime(fixed),
            Smoothers.loess(0.4),
            Smoothers.rollingAverage(yearly))) {
      TrendBand at95 = polls.smooth(smoother).get("support").band();
      TrendBand at90 = polls.smooth(smoother.confidence(0.90)).get("support").band();
      assertEquals(0.95, at95.confidence(), smoother.toString());
      assertEquals(0.90, at90.confidence(), smoother.toString());
      assertHalfWidthRatio(at95, at90, NORMAL_RATIO, true);
    }
  }

  @Test
  void linear_trend_band_at_90_percent_follows_the_t_ratio_with_one_degree_of_freedom() {
    LocalDate d1 = LocalDate.of(2001, 1, 1);
    LocalDate d2 = LocalDate.of(2002, 1, 1);
    LocalDate d3 = LocalDate.of(2003, 1, 1);
    PollSet three =
        PollSet.of(
            List.of(
                poll(1, "a", "P", d1, d1, "", 1000, "g", "support", 40),
                poll(2, "b", "P", d2, d2, "", 1000, "g", "support", 41),
                poll(3, "c", "P", d3, d3, "", 1000, "g", "support", 43)));
    LinearTrendResult trend = three.linearTrend();
    assertEquals(3, trend.pollsUsed());
    // a linear trend's line is clipped to [0, 100] like every option's line; these shares keep
    // the 95% band (about ±4 points with one degree of freedom) inside it on every day
    assertHalfWidthRatio(trend.line(0.95).band(), trend.line(0.90).band(), CAUCHY_RATIO, true);
  }

  /**
   * Same days, estimates and standard errors; half-widths in the given ratio (for an option's
   * smoothed line, on the days where neither 95% bound was clipped to [0, 100]).
   */
  private static void assertHalfWidthRatio(
      TrendBand at95, TrendBand at90, double ratio, boolean clippedToShares) {
    assertEquals(at95.dates(), at90.dates());
    assertArrayEquals(at95.estimate(), at90.estimate(), 0.0);
    assertArrayEquals(at95.standardError(), at90.standardError(), 0.0);
    double[] lower95 = at95.lower();
    double[] upper95 = at95.upper();
    double[] lower90 = at90.lower();
    double[] upper90 = at90.upper();
    int compared = 0;
    for (int i = 0; i < at95.size(); i++) {
      boolean clipped = clippedToShares && (lower95[i] <= 0 || upper95[i] >= 100);
      double width95 = upper95[i] - lower95[i];
      if (clipped || !(width95 > 0)) {
        continue; // a clipped bound (or a day without an estimate) has no ratio to check
      }
      assertEquals(ratio, (upper90[i] - lower90[i]) / width95, 1e-9, "day " + at95.dates().get(i));
      compared++;
    }
    assertTrue(compared > at95.size() / 2, compared + " of " + at95.size() + " days compared");
  }
}
