package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.testing.HouseRules;
import io.github.pollkit.testing.Reference;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Per-poll weights in the Kalman smoother against statsmodels 0.13.5: the 202 synthetic polls of
 * {@code reference/kalman/polls.csv} with the weights of {@code
 * reference/weights/kalman_weighted_polls.csv}, fitted by {@code kalman_weighted.py} (an {@code
 * MLEModel} whose observation variance is share(100 − share)/n/weight + τ², exact diffuse start).
 */
class KalmanWeightsTest {
  private static final Reference POLLS = Reference.csv("weights/kalman_weighted_polls.csv");
  private static final Reference STATES = Reference.csv("weights/kalman_weighted_states.csv");

  private static double summary(String key) {
    for (String line : Reference.lines("weights/kalman_weighted_summary.csv")) {
      String[] kv = line.split(",", 2);
      if (kv[0].equals(key)) {
        return Double.parseDouble(kv[1]);
      }
    }
    throw new IllegalStateException("no " + key);
  }

  private static int[] days() {
    return Arrays.stream(POLLS.doubles("day")).mapToInt(d -> (int) d).toArray();
  }

  private static double[] nan(int m) {
    double[] a = new double[m];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  private static KalmanFit weighted(KalmanSmoother smoother) {
    int m = POLLS.size();
    return smoother.smooth(
        days(),
        POLLS.doubles("share"),
        POLLS.doubles("n"),
        nan(m),
        nan(m),
        POLLS.doubles("weight"));
  }

  @Test
  void weighted_states_equal_statsmodels_at_fixed_variances() {
    KalmanFit fit =
        weighted(KalmanSmoother.builder().processVariance(0.04).nonSamplingVariance(2).build());
    assertArrayEquals(STATES.doubles("filtered"), fit.filtered().estimate(), 1e-6);
    assertArrayEquals(STATES.doubles("smoothed"), fit.smoothed().estimate(), 1e-6);
    double[] filteredVar =
        Arrays.stream(fit.filtered().standardError()).map(se -> se * se).toArray();
    double[] smoothedVar =
        Arrays.stream(fit.smoothed().standardError()).map(se -> se * se).toArray();
    assertArrayEquals(STATES.doubles("filtered_var"), filteredVar, 1e-6);
    assertArrayEquals(STATES.doubles("smoothed_var"), smoothedVar, 1e-6);
    assertEquals(summary("fixed.llf"), fit.logLikelihood(), 1e-8);
  }

  @Test
  void weighted_ml_estimates_equal_statsmodels() {
    KalmanFit fit = weighted(KalmanSmoother.builder().build());
    assertEquals(summary("nm.q"), fit.processVariance(), 1e-3 * summary("nm.q"));
    assertEquals(summary("nm.tau2"), fit.nonSamplingVariance(), 1e-3 * summary("nm.tau2"));
    assertTrue(fit.logLikelihood() >= summary("nm.llf") - 1e-7, "at least statsmodels' maximum");
  }

  @Test
  void weight_two_without_tau2_is_the_poll_listed_twice() {
    // Hand derivation: two independent polls of variance v on one day update the level as one of
    // variance v/2 (with τ² = 0 the filter's two scalar updates combine to precision 2/v).
    int[] day = {0, 3, 7};
    double[] share = {40, 44, 41};
    double[] n = {1000, 800, 1200};
    double[] none = nan(3);
    KalmanSmoother fixed =
        KalmanSmoother.builder().processVariance(0.5).nonSamplingVariance(0).build();
    KalmanFit weighted = fixed.smooth(day, share, n, none, none, new double[] {1, 2, 1});
    KalmanFit twice =
        fixed.smooth(
            new int[] {0, 3, 3, 7},
            new double[] {40, 44, 44, 41},
            new double[] {1000, 800, 800, 1200});
    assertArrayEquals(twice.smoothed().estimate(), weighted.smoothed().estimate(), 1e-12);
    assertArrayEquals(twice.filtered().standardError(), weighted.filtered().standardError(), 1e-12);
    // and by hand on day 3: prior 40 with variance h1 + 3q, the poll 44 with variance h2/2
    double h1 = 40 * 60 / 1000.0;
    double h2 = 44 * 56 / 800.0 / 2;
    double p = h1 + 3 * 0.5;
    assertEquals(40 + p / (p + h2) * 4, weighted.filtered().estimate()[3], 1e-12);
  }

  @Test
  void weighted_lead_divides_the_multinomial_variance() {
    // one poll a day apart: the lead's filter on day 1 is the precision-weighted mean of the two
    // leads, with variances [100(p1 + p2) − (p1 − p2)²]/n / w (q fixed tiny, τ² = 0)
    KalmanSmoother fixed =
        KalmanSmoother.builder().processVariance(1e-12).nonSamplingVariance(0).build();
    KalmanFit fit =
        fixed.smoothLead(
            new int[] {0, 1},
            new double[] {50, 45},
            new double[] {40, 45},
            new double[] {1000, 1000},
            new double[] {1, 3});
    double v1 = (100 * 90 - 100) / 1000.0;
    double v2 = (100 * 90 - 0) / 1000.0 / 3;
    double expected = (10 / v1 + 0 / v2) / (1 / v1 + 1 / v2);
    assertEquals(expected, fit.filtered().estimate()[1], 1e-9);
  }

  @Test
  void a_non_positive_weight_is_rejected_with_its_index() {
    double[] none = nan(2);
    HouseRules.assertBadArgument(
        "weight must be finite and > 0, was -1.0 at index 1",
        () ->
            KalmanSmoother.builder()
                .build()
                .smooth(
                    new int[] {0, 1},
                    new double[] {40, 41},
                    new double[] {500, 500},
                    none,
                    none,
                    new double[] {1, -1}));
    HouseRules.assertNullArgument(
        "weight must not be null",
        () ->
            KalmanSmoother.builder()
                .build()
                .smoothLead(
                    new int[] {0}, new double[] {40}, new double[] {41}, new double[] {500}, null));
  }
}
