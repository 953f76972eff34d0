package io.github.pollkit.stats;

import static io.github.pollkit.testing.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProportionsIntervalTest {

  /**
   * Every method, boundaries x = 0 and x = n, n = 10, typical polls, non-integer counts, at
   * confidence 0.90, 0.95 and 0.99, against statsmodels {@code proportion_confint} (see
   * reference/stats/README.md; bounds there are fractions). The two Jeffreys bounds that
   * statsmodels does not set by Brown, Cai &amp; DasGupta's rule are marked in the source column.
   */
  @ParameterizedTest(name = "{0} share={1} n={2} confidence={3}")
  @CsvFileSource(resources = "/reference/stats/intervals.csv", numLinesToSkip = 1)
  void interval_matches_statsmodels(
      IntervalMethod method,
      double share,
      double n,
      double confidence,
      double lowerFraction,
      double upperFraction,
      String source) {
    Interval ci = Proportions.interval(share, n, confidence, method);
    assertClose(100 * lowerFraction, ci.lower(), "lower (" + source + ")");
    assertClose(100 * upperFraction, ci.upper(), "upper (" + source + ")");
  }

  @Test
  void wilson_at_zero_successes() {
    // Hand derivation: at p̂ = 0 the Wilson bounds are 0 and z²/(n + z²).
    double z = 1.959963984540054; // scipy.stats.norm.isf(0.025)
    Interval ci = Proportions.interval(0, 20, 0.95, IntervalMethod.WILSON);
    assertEquals(0, ci.lower(), 0);
    assertClose(100 * z * z / (20 + z * z), ci.upper(), "upper");
  }

  @Test
  void clopper_pearson_at_zero_successes_has_the_closed_form_upper_bound() {
    // Hand derivation: at x = 0, upper solves (1 − u)^n = α/2, so u = 1 − (α/2)^(1/n).
    Interval ci = Proportions.interval(0, 10, 0.95, IntervalMethod.CLOPPER_PEARSON);
    assertEquals(0, ci.lower(), 0);
    assertClose(100 * (1 - Math.pow(0.025, 1.0 / 10)), ci.upper(), "upper");
  }

  @Test
  void clopper_pearson_at_all_successes_has_the_closed_form_lower_bound() {
    // Hand derivation: at x = n, lower solves u^n = α/2, so u = (α/2)^(1/n).
    Interval ci = Proportions.interval(100, 10, 0.99, IntervalMethod.CLOPPER_PEARSON);
    assertClose(100 * Math.pow(0.005, 1.0 / 10), ci.lower(), "lower");
    assertEquals(100, ci.upper(), 0);
  }

  @Test
  void jeffreys_applies_the_boundary_rule_at_zero_and_at_n() {
    assertEquals(0, Proportions.interval(0, 50, 0.95, IntervalMethod.JEFFREYS).lower(), 0);
    assertEquals(100, Proportions.interval(100, 50, 0.95, IntervalMethod.JEFFREYS).upper(), 0);
  }

  @Test
  void jeffreys_near_zero_but_not_at_zero_follows_the_formula_not_the_boundary_rule() {
    // 0.001% of 10 is x = 1e-4 > 0, so no rule applies: scipy 1.10.1
    // scipy.stats.beta.ppf(0.025, 0.5001, 10.4999) = 4.796406010151928e-05, a lower bound of
    // 0.0048 points, above the share itself (documented).
    Interval ci = Proportions.interval(0.001, 10, 0.95, IntervalMethod.JEFFREYS);
    assertClose(100 * 4.796406010151928e-05, ci.lower(), "lower");
    assertTrue(ci.lower() > 0.001);
  }

  @Test
  void jeffreys_for_an_interval_narrower_than_the_solver_precision_is_a_point_not_an_error() {
    // n = 1e12 at confidence 1e-6: the two Beta quantiles agree to about 1e-14 relative.
    Interval ci = Proportions.interval(97, 1e12, 1e-6, IntervalMethod.JEFFREYS);
    assertEquals(97, ci.lower(), 1e-9);
    assertEquals(97, ci.upper(), 1e-9);
  }

  @Test
  void wald_is_degenerate_at_zero_successes() {
    Interval ci = Proportions.interval(0, 10, 0.95, IntervalMethod.WALD);
    assertEquals(0, ci.lower(), 0);
    assertEquals(0, ci.upper(), 0);
  }

  @Test
  void wald_is_clipped_to_zero() {
    // Hand derivation: 5% of 20, z·√(0.05·0.95/20) = 9.55 points > 5, so the lower bound is 0.
    Interval ci = Proportions.interval(5, 20, 0.95, IntervalMethod.WALD);
    assertEquals(0, ci.lower(), 0);
    assertClose(5 + 100 * 1.959963984540054 * Math.sqrt(0.05 * 0.95 / 20), ci.upper(), "upper");
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void every_method_contains_the_share_and_stays_in_0_to_100(IntervalMethod method) {
    for (double share : new double[] {0, 0.4, 3, 50, 97, 99.6, 100}) {
      for (double n : new double[] {1, 7, 30.5, 1000, 1e7}) {
        Interval ci = Proportions.interval(share, n, 0.95, method);
        String where = method + " share=" + share + " n=" + n + ": " + ci;
        assertTrue(ci.lower() >= 0 && ci.upper() <= 100, where);
        assertTrue(ci.contains(share), where);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void higher_confidence_gives_a_wider_interval(IntervalMethod method) {
    double w90 = Proportions.interval(34, 1000, 0.90, method).width();
    double w99 = Proportions.interval(34, 1000, 0.99, method).width();
    assertTrue(w99 > w90, method + ": " + w90 + " vs " + w99);
  }

  @Test
  void share_out_of_range_is_rejected_by_name() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Proportions.interval(104, 1000, 0.95, IntervalMethod.WILSON));
    assertEquals("share must be in [0, 100], was 104.0", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Proportions.interval(-0.1, 1000, 0.95, IntervalMethod.WILSON));
    assertThrows(
        IllegalArgumentException.class,
        () -> Proportions.interval(Double.NaN, 1000, 0.95, IntervalMethod.WILSON));
  }

  @Test
  void sample_size_must_be_positive_and_finite() {
    for (double n : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
      var e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Proportions.interval(50, n, 0.95, IntervalMethod.WALD));
      assertEquals("n must be finite and > 0, was " + n, e.getMessage());
    }
  }

  @Test
  void confidence_must_be_a_fraction_strictly_between_0_and_1() {
    for (double c : new double[] {0, 1, 1.5, 95, -0.1, Double.NaN}) {
      var e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Proportions.interval(50, 1000, c, IntervalMethod.JEFFREYS));
      assertEquals("confidence must be in (0, 1), was " + c, e.getMessage());
    }
  }

  @Test
  void null_method_is_rejected_by_name() {
    var e =
        assertThrows(NullPointerException.class, () -> Proportions.interval(50, 1000, 0.95, null));
    assertEquals("method must not be null", e.getMessage());
  }
}
