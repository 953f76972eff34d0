package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the Kalman smoother with statsmodels 0.13.5 (see
 * src/test/resources/reference/kalman/README.md for the script, its arguments and output).
 */
class KalmanStatsmodelsTest {

  private static final double STATE_TOLERANCE = 1e-6;
  private static final double ML_RELATIVE_TOLERANCE = 1e-3;

  // ---- equally spaced series: UnobservedComponents(y, level='llevel', use_exact_diffuse=True) --

  @Test
  void equally_spaced_states_match_statsmodels_at_its_parameters() {
    Series s = Series.of("y");
    KalmanFit r =
        KalmanSmoother.builder()
            .processVariance(KalmanReference.value("equal.fixed.sigma2_level"))
            .nonSamplingVariance(KalmanReference.value("equal.fixed.sigma2_irregular"))
            .build()
            .smoothWithVariances(s.day, s.value, new double[s.day.length]);
    assertStatesMatch("equal_spaced.csv", r);
    assertEquals(KalmanReference.value("equal.fixed.llf"), r.logLikelihood(), 1e-8);
  }

  @Test
  void equally_spaced_ml_estimates_match_statsmodels() {
    Series s = Series.of("y");
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smoothWithVariances(s.day, s.value, new double[s.day.length]);
    assertRelative(KalmanReference.value("equal.lbfgs.sigma2_level"), r.processVariance());
    assertRelative(KalmanReference.value("equal.lbfgs.sigma2_irregular"), r.nonSamplingVariance());
    assertRelative(KalmanReference.value("equal.powell.sigma2_level"), r.processVariance());
    assertRelative(KalmanReference.value("equal.powell.sigma2_irregular"), r.nonSamplingVariance());
    assertMaximumAtLeast(KalmanReference.value("equal.lbfgs.llf"), r.logLikelihood());
  }

  // ---- the same series with missing days (NaN observations on the statsmodels grid) ----------

  @Test
  void series_with_gaps_states_match_statsmodels_at_its_parameters() {
    Series s = Series.of("y_gaps");
    KalmanFit r =
        KalmanSmoother.builder()
            .processVariance(KalmanReference.value("gaps.fixed.sigma2_level"))
            .nonSamplingVariance(KalmanReference.value("gaps.fixed.sigma2_irregular"))
            .build()
            .smoothWithVariances(s.day, s.value, new double[s.day.length]);
    assertEquals(400, r.smoothed().size(), "grid from the first to the last observed day");
    assertStatesMatch("gaps.csv", r);
    assertEquals(KalmanReference.value("gaps.fixed.llf"), r.logLikelihood(), 1e-8);
  }

  @Test
  void series_with_gaps_ml_estimates_match_statsmodels() {
    Series s = Series.of("y_gaps");
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smoothWithVariances(s.day, s.value, new double[s.day.length]);
    // lbfgs reached the higher likelihood here (powell stopped 4e-4 lower, 1e-3 away), so compare
    // with lbfgs
    assertRelative(KalmanReference.value("gaps.lbfgs.sigma2_level"), r.processVariance());
    assertRelative(KalmanReference.value("gaps.lbfgs.sigma2_irregular"), r.nonSamplingVariance());
    assertMaximumAtLeast(KalmanReference.value("gaps.lbfgs.llf"), r.logLikelihood());
  }

  // ---- polls: several per day, variance p(100-p)/n + tau2 (custom statsmodels MLEModel) -------

  @Test
  void polls_with_own_variances_match_statsmodels_at_fixed_variances() {
    Map<String, double[]> polls = KalmanReference.columns("polls.csv");
    KalmanFit r =
        KalmanSmoother.builder()
            .processVariance(KalmanReference.value("polls.fixed.q"))
            .nonSamplingVariance(KalmanReference.value("polls.fixed.tau2"))
            .build()
            .smooth(KalmanReference.toDays(polls.get("day")), polls.get("share"), polls.get("n"));
    assertStatesMatch("polls_states.csv", r);
    assertEquals(KalmanReference.value("polls.fixed.llf"), r.logLikelihood(), 1e-8);
    assertEquals(polls.get("day").length, r.pollsUsed());
    assertEquals(0, r.pollsWithMedianSampleSize());
  }

  @Test
  void polls_with_own_variances_ml_estimates_match_statsmodels() {
    Map<String, double[]> polls = KalmanReference.columns("polls.csv");
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smooth(KalmanReference.toDays(polls.get("day")), polls.get("share"), polls.get("n"));
    assertRelative(KalmanReference.value("polls.nm.q"), r.processVariance());
    assertRelative(KalmanReference.value("polls.nm.tau2"), r.nonSamplingVariance());
    assertMaximumAtLeast(KalmanReference.value("polls.nm.llf"), r.logLikelihood());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** The observed days of series.csv (NaN days left out: they are the gaps). */
  private record Series(int[] day, double[] value) {
    static Series of(String column) {
      Map<String, double[]> c = KalmanReference.columns("series.csv");
      double[] y = c.get(column);
      double[] day = c.get("day");
      int[] keep =
          java.util.stream.IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i])).toArray();
      return new Series(
          Arrays.stream(keep).map(i -> (int) day[i]).toArray(),
          Arrays.stream(keep).mapToDouble(i -> y[i]).toArray());
    }
  }

  private static void assertStatesMatch(String file, KalmanFit r) {
    Map<String, double[]> expected = KalmanReference.columns(file);
    double[] days = expected.get("day");
    assertEquals(days.length, r.smoothed().size(), "grid length");
    for (int t = 0; t < days.length; t++) {
      assertEquals(
          (long) days[t],
          r.smoothed().dates().get(t).toEpochDay() - r.smoothed().dates().get(0).toEpochDay(),
          "day " + t);
    }
    assertArrayClose(expected.get("filtered"), r.filtered().estimate(), "filtered");
    assertArrayClose(
        expected.get("filtered_var"), squares(r.filtered().standardError()), "filtered variance");
    assertArrayClose(expected.get("smoothed"), r.smoothed().estimate(), "smoothed");
    assertArrayClose(
        expected.get("smoothed_var"), squares(r.smoothed().standardError()), "smoothed variance");
  }

  private static double[] squares(double[] se) {
    return Arrays.stream(se).map(x -> x * x).toArray();
  }

  private static void assertArrayClose(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int t = 0; t < expected.length; t++) {
      assertEquals(expected[t], actual[t], STATE_TOLERANCE, what + " on day " + t);
    }
  }

  private static void assertRelative(double expected, double actual) {
    assertEquals(
        expected, actual, ML_RELATIVE_TOLERANCE * Math.abs(expected), "statsmodels " + expected);
  }

  /** Our maximum must be at least as high as statsmodels' (up to rounding) and close to it. */
  private static void assertMaximumAtLeast(double statsmodelsLlf, double ours) {
    assertTrue(
        ours >= statsmodelsLlf - 1e-7,
        "log-likelihood " + ours + " below statsmodels' maximum " + statsmodelsLlf);
    assertEquals(statsmodelsLlf, ours, 1e-4);
  }
}
