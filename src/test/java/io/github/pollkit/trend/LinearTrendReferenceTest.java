package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pollkit.stats.Interval;
import io.github.pollkit.testing.Reference;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LinearTrend against statsmodels 0.13.5 OLS and WLS: values in reference/lintrend/expected.csv,
 * made by reference/lintrend/make_reference.py (see its README).
 */
class LinearTrendReferenceTest {
  private static final Reference EXPECTED = Reference.csv("lintrend/expected.csv");
  private static final Reference UKRAINE = Reference.csv("lintrend/ukraine-referendum-series.csv");
  private static final double[] PREDICT_DAYS = {13000, 16000, 17500, 19500};

  private static final double[] SYN_DAYS = {18000, 18030, 18100, 18250, 18400, 18700};
  private static final double[] SYN_SHARE = {40.0, 42.5, 41.0, 45.0, 44.0, 47.5};
  private static final double[] SYN_WEIGHTS = {1000, 2000, 500, 1500, 1200, 800};

  @Test
  void ukraine_referendum_support_ols_matches_statsmodels() {
    assertMatches(
        "ukraine_ols", LinearTrend.fit(UKRAINE.doubles("epoch_day"), UKRAINE.doubles("support")));
  }

  @Test
  void ukraine_referendum_support_wls_by_sample_size_matches_statsmodels() {
    double[] days = UKRAINE.doubles("epoch_day");
    double[] share = UKRAINE.doubles("support");
    double[] n = UKRAINE.doubles("sample_size");
    int[] withN =
        java.util.stream.IntStream.range(0, n.length).filter(i -> !Double.isNaN(n[i])).toArray();
    LinearTrendFit fit =
        LinearTrend.fitWeighted(pick(days, withN), pick(share, withN), pick(n, withN));
    assertMatches("ukraine_wls", fit);
  }

  @Test
  void ukraine_trend_prints_as_a_person_would_say_it() {
    // statsmodels (expected.csv, ukraine_ols): slope 3.3759, conf_int 2.7570 to 3.9948, nobs 46.
    assertEquals(
        "+3.4 points/year (95% CI +2.8 to +4.0), n = 46",
        LinearTrend.fit(UKRAINE.doubles("epoch_day"), UKRAINE.doubles("support")).toString());
  }

  @Test
  void synthetic_ols_matches_statsmodels() {
    assertMatches("synthetic_ols", LinearTrend.fit(SYN_DAYS, SYN_SHARE));
  }

  @Test
  void synthetic_wls_matches_statsmodels() {
    assertMatches("synthetic_wls", LinearTrend.fitWeighted(SYN_DAYS, SYN_SHARE, SYN_WEIGHTS));
  }

  @Test
  void three_points_with_one_degree_of_freedom_match_statsmodels() {
    LinearTrendFit fit = LinearTrend.fit(new double[] {0, 365.25, 1000}, new double[] {50, 52, 51});
    assertEquals(1, fit.degreesOfFreedom());
    assertMatches("three_points_ols", fit);
  }

  @Test
  void ukraine_series_has_the_polls_the_brief_selects() {
    // 49 referendum rows not based on "would vote"; 3 have no field_end date (dif-2010,
    // gorshenin-2014, rating-iri-2017-09-or-2016-09); 28 of the 46 report a sample size.
    assertEquals(46, UKRAINE.size());
    assertEquals(
        28, Arrays.stream(UKRAINE.doubles("sample_size")).filter(v -> !Double.isNaN(v)).count());
  }

  private static void assertMatches(String caseName, LinearTrendFit fit) {
    Map<String, Double> e = EXPECTED.values(caseName);
    assertEquals(e.get("nobs"), fit.n(), 0.0, "n");
    assertEquals(e.get("df_resid"), fit.degreesOfFreedom(), 0.0, "df");
    close(e.get("slope_per_year"), fit.slopePerYear(), "slope");
    close(e.get("slope_se"), fit.standardError(), "slope se");
    close(e.get("rsquared"), fit.rSquared(), "R²");
    close(e.get("scale"), fit.residualVariance(), "σ̂²");
    close(e.get("intercept_at_epoch"), fit.predict(0), "intercept at 1970-01-01");
    for (String level : new String[] {"0.95", "0.90"}) {
      Interval ci = fit.interval(Double.parseDouble(level));
      closeViaT(
          e.get("slope_lower_" + level),
          e.get("slope_per_year"),
          ci.lower(),
          "slope lower " + level);
      closeViaT(
          e.get("slope_upper_" + level),
          e.get("slope_per_year"),
          ci.upper(),
          "slope upper " + level);
    }
    closeViaT(e.get("slope_lower_0.95"), e.get("slope_per_year"), fit.lower95(), "lower95");
    closeViaT(e.get("slope_upper_0.95"), e.get("slope_per_year"), fit.upper95(), "upper95");
    TrendBand band =
        fit.band(java.util.Arrays.stream(PREDICT_DAYS).mapToLong(d -> (long) d).toArray(), 0.95);
    for (int i = 0; i < PREDICT_DAYS.length; i++) {
      String d = String.valueOf((long) PREDICT_DAYS[i]);
      close(e.get("mean_" + d), band.estimate()[i], "mean " + d);
      close(e.get("mean_se_" + d), band.standardError()[i], "mean se " + d);
      closeViaT(e.get("mean_lower_" + d), e.get("mean_" + d), band.lower()[i], "mean lower " + d);
      closeViaT(e.get("mean_upper_" + d), e.get("mean_" + d), band.upper()[i], "mean upper " + d);
      close(e.get("mean_" + d), fit.predict(PREDICT_DAYS[i]), "predict " + d);
    }
  }

  /** Equal to 1e-9 relative (1e-9 absolute near zero): statsmodels solves by pinv/QR. */
  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  /**
   * Interval bounds to 1e-8 of the bound or of the half-width, whichever is larger: statsmodels
   * takes t from scipy 1.10's {@code t.ppf}, which is off by about 5e-9 relative (t(0.95, 4) =
   * 2.13184678133629 against 2.131846786326649 from R's qt and from mpmath); {@link
   * #slope_intervals_use_t_quantiles_of_r_qt} checks t exactly.
   */
  private static void closeViaT(double expected, double center, double actual, String what) {
    double scale = Math.max(1, Math.max(Math.abs(expected), Math.abs(expected - center)));
    assertEquals(expected, actual, 1e-8 * scale, what);
  }

  @Test
  void slope_intervals_use_t_quantiles_of_r_qt() {
    // R 4.2.2: qt(p, df) for p = 0.975, 0.95 and df = 1, 4, 26, 44 (reference/lintrend/qt.csv,
    // made by make_qt.R there).
    Reference rQt = Reference.csv("lintrend/qt.csv");
    double[] p = rQt.doubles("p");
    double[] df = rQt.doubles("df");
    double[] qt = rQt.doubles("qt");
    assertEquals(8, rQt.size());
    for (int i = 0; i < rQt.size(); i++) {
      double confidence = 2 * p[i] - 1;
      int n = (int) df[i] + 2;
      LinearTrendFit fit = new LinearTrendFit(1.0, 0.5, 0, 40, 1, 0.5, 1, n);
      Interval ci = fit.interval(confidence);
      assertEquals(qt[i], (ci.upper() - 1.0) / 0.5, 1e-12, "t(" + p[i] + ", " + df[i] + ")");
      assertEquals(qt[i], (1.0 - ci.lower()) / 0.5, 1e-12, "t(" + p[i] + ", " + df[i] + ")");
    }
  }

  private static double[] pick(double[] values, int[] rows) {
    return Arrays.stream(rows).mapToDouble(i -> values[i]).toArray();
  }
}
