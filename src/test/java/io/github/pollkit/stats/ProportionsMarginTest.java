package io.github.pollkit.stats;

import static io.github.pollkit.testing.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ProportionsMarginTest {

  /** statsmodels' Wald half-width at the effective sample size n/deff (reference/stats). */
  @ParameterizedTest(name = "share={0} n={1} confidence={2} deff={3}")
  @CsvFileSource(resources = "/reference/stats/margins.csv", numLinesToSkip = 1)
  void margin_of_error_matches_statsmodels(
      double share, double n, double confidence, double designEffect, double marginFraction) {
    assertClose(
        100 * marginFraction,
        Proportions.marginOfError(share, n, confidence, designEffect),
        "margin with design effect");
    if (designEffect == 1) {
      assertClose(100 * marginFraction, Proportions.marginOfError(share, n, confidence), "margin");
    }
  }

  @Test
  void max_margin_of_error_for_1000_respondents_is_the_published_3_1_points() {
    // Hand derivation: 1.959963984540054 (scipy norm.isf(0.025)) × √(0.25/1000) × 100 = 3.0990.
    assertClose(
        1.959963984540054 * Math.sqrt(0.25 / 1000) * 100,
        Proportions.maxMarginOfError(1000, 0.95),
        "max margin");
    assertEquals(3.1, Proportions.maxMarginOfError(1000, 0.95), 0.005);
  }

  @Test
  void max_margin_is_the_margin_at_share_50_and_no_share_has_a_larger_one() {
    double max = Proportions.maxMarginOfError(1500, 0.95);
    assertEquals(Proportions.marginOfError(50, 1500, 0.95), max, 0);
    for (double share = 0; share <= 100; share += 0.5) {
      assertTrue(Proportions.marginOfError(share, 1500, 0.95) <= max, "share " + share);
    }
  }

  @Test
  void design_effect_scales_the_margin_by_its_square_root() {
    double srs = Proportions.marginOfError(40, 900, 0.90);
    assertClose(2 * srs, Proportions.marginOfError(40, 900, 0.90, 4), "deff 4");
  }

  @Test
  void design_effect_must_be_positive_and_finite() {
    for (double deff : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      var e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Proportions.marginOfError(50, 1000, 0.95, deff));
      assertEquals("designEffect must be finite and > 0, was " + deff, e.getMessage());
    }
  }

  @Test
  void margin_arguments_are_checked_by_name() {
    assertEquals(
        "share must be in [0, 100], was 100.5",
        assertThrows(
                IllegalArgumentException.class, () -> Proportions.marginOfError(100.5, 1000, 0.95))
            .getMessage());
    assertEquals(
        "n must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Proportions.maxMarginOfError(0, 0.95))
            .getMessage());
    assertEquals(
        "confidence must be in (0, 1), was 95.0",
        assertThrows(IllegalArgumentException.class, () -> Proportions.maxMarginOfError(1000, 95))
            .getMessage());
  }

  /** numpy multinomial covariance cᵀΣc with scipy's z (reference/stats/leads.csv). */
  @ParameterizedTest(name = "share1={0} share2={1} n={2} confidence={3}")
  @CsvFileSource(resources = "/reference/stats/leads.csv", numLinesToSkip = 1)
  void lead_margin_matches_the_multinomial_covariance(
      double share1, double share2, double n, double confidence, double marginFraction) {
    assertClose(
        100 * marginFraction, Proportions.leadMargin(share1, share2, n, confidence), "lead margin");
  }

  @Test
  void lead_of_53_over_29_among_2400_is_plus_or_minus_3_49() {
    // Hand derivation (Franklin 2007): Var = (0.53 + 0.29 − 0.24²)/2400 = 0.7624/2400,
    // 1.959963984540054 × √Var × 100 = 3.4933.
    assertEquals(3.49, Proportions.leadMargin(53, 29, 2400, 0.95), 0.005);
    assertClose(
        1.959963984540054 * Math.sqrt(0.7624 / 2400) * 100,
        Proportions.leadMargin(53, 29, 2400, 0.95),
        "lead margin");
  }

  @Test
  void lead_margin_is_symmetric_in_the_two_options() {
    assertEquals(
        Proportions.leadMargin(29, 53, 2400, 0.95),
        Proportions.leadMargin(53, 29, 2400, 0.95),
        1e-15);
  }

  @Test
  void lead_margin_of_two_options_that_share_the_whole_poll_is_twice_the_margin() {
    // With p2 = 1 − p1 the lead is 2p1 − 1, so its margin is exactly twice p1's.
    assertClose(
        2 * Proportions.marginOfError(62, 800, 0.95),
        Proportions.leadMargin(62, 38, 800, 0.95),
        "two-option lead");
  }

  @Test
  void lead_margin_lies_between_the_larger_share_margin_and_the_sum_of_both() {
    for (double s1 = 0; s1 <= 100; s1 += 5) {
      for (double s2 = 0; s1 + s2 <= 100; s2 += 5) {
        double m1 = Proportions.marginOfError(s1, 1000, 0.95);
        double m2 = Proportions.marginOfError(s2, 1000, 0.95);
        double lead = Proportions.leadMargin(s1, s2, 1000, 0.95);
        String where = s1 + " vs " + s2;
        assertTrue(lead >= Math.max(m1, m2) - 1e-12, where);
        assertTrue(lead <= m1 + m2 + 1e-12, where);
      }
    }
  }

  @Test
  void lead_shares_that_sum_over_100_are_rejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> Proportions.leadMargin(60, 45, 1000, 0.95));
    assertEquals(
        "share1 + share2 must be <= 101 (100 plus rounding) for two options of one poll, was 105.0"
            + " (share1 = 60.0, share2 = 45.0)",
        e.getMessage());
  }

  @Test
  void lead_of_rounded_shares_over_100_is_accepted() {
    // FiveThirtyEight's approval list has approve 49, disapprove 51.1. scipy 1.10.1:
    // 100 * norm.ppf(0.975) * sqrt((0.49 + 0.511 - (0.49 - 0.511)**2) / 1500) = 5.062019489080679
    assertEquals(5.062019489080679, Proportions.leadMargin(49, 51.1, 1500, 0.95), 1e-9);
  }

  @Test
  void lead_arguments_are_checked_by_name() {
    assertEquals(
        "share2 must be in [0, 100], was -3.0",
        assertThrows(
                IllegalArgumentException.class, () -> Proportions.leadMargin(50, -3, 1000, 0.95))
            .getMessage());
    assertEquals(
        "share1 must be in [0, 100], was NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> Proportions.leadMargin(Double.NaN, 3, 1000, 0.95))
            .getMessage());
    assertEquals(
        "n must be finite and > 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> Proportions.leadMargin(50, 30, -1, 0.95))
            .getMessage());
  }
}
