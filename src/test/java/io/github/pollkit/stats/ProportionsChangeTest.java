package io.github.pollkit.stats;

import static io.github.pollkit.testing.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ProportionsChangeTest {

  /**
   * statsmodels {@code test_proportions_2indep} and {@code confint_proportions_2indep} with
   * method='wald', later poll passed first (reference/stats/changes.csv).
   */
  @ParameterizedTest(name = "{0}% of {1} -> {2}% of {3}")
  @CsvFileSource(resources = "/reference/stats/changes.csv", numLinesToSkip = 1)
  void change_matches_statsmodels_wald_test(
      double share1,
      double n1,
      double share2,
      double n2,
      double changeFraction,
      double seFraction,
      double z,
      double pValue,
      double lower90,
      double upper90,
      double lower95,
      double upper95,
      double lower99,
      double upper99) {
    ChangeTest t = Proportions.change(share1, n1, share2, n2);
    // change = share2 − share1 in points; statsmodels' diff of fractions carries its own
    // rounding (e.g. −5.6e-17 for equal shares), hence an absolute floor of 1e-12 points.
    assertClose(100 * changeFraction, t.change(), "change");
    assertClose(100 * seFraction, t.standardError(), "standard error");
    if (Math.abs(z) > 1e-9) {
      assertClose(z, t.z(), "z");
    } else {
      assertEquals(0, t.z(), 1e-12, "z of no change");
    }
    assertClose(pValue, t.pValue(), "p-value");
    assertInterval(lower90, upper90, t.interval(0.90), "90%");
    assertInterval(lower95, upper95, t.interval(0.95), "95%");
    assertInterval(lower99, upper99, t.interval(0.99), "99%");
  }

  private static void assertInterval(double lower, double upper, Interval actual, String what) {
    assertClose(100 * lower, actual.lower(), what + " lower");
    assertClose(100 * upper, actual.upper(), what + " upper");
  }

  @Test
  void change_is_later_minus_earlier() {
    ChangeTest t = Proportions.change(34, 1000, 39, 1200);
    assertEquals(5, t.change(), 1e-12);
    assertTrue(t.z() > 0);
    ChangeTest back = Proportions.change(39, 1200, 34, 1000);
    assertEquals(-t.z(), back.z(), 1e-12);
    assertEquals(t.pValue(), back.pValue(), 1e-15);
  }

  @Test
  void p_value_far_in_the_tail_keeps_its_relative_precision() {
    // 20% -> 80% of 1000 each: SE = √(2·0.16/1000), z = 0.6/SE = 33.541. Reference (scipy
    // 1.10.1): z = 0.6/math.sqrt(2*0.16/1000) = 33.54101966249684 and
    // 2*scipy.stats.norm.sf(z) = 1.2171176048523743e-246; a naive 2*(1 - cdf) would give 0.
    ChangeTest t = Proportions.change(20, 1000, 80, 1000);
    assertClose(33.54101966249684, t.z(), "z");
    assertClose(1.2171176048523743e-246, t.pValue(), "p-value");
  }

  @Test
  void interval_is_clipped_to_plus_minus_100() {
    // Hand derivation: 0% -> 90% of 2: SE = √(0.09/2) = 0.212 = 21.2 points, 99% half-width 54.6,
    // so the upper bound 144.6 is clipped to 100.
    Interval ci = Proportions.change(0, 2, 90, 2).interval(0.99);
    assertEquals(100, ci.upper(), 0);
    assertClose(90 - 2.5758293035489004 * 100 * Math.sqrt(0.09 / 2), ci.lower(), "lower");
  }

  @Test
  void zero_standard_error_gives_an_infinite_z_for_a_change_and_nan_for_none() {
    ChangeTest jump = Proportions.change(0, 500, 100, 500);
    assertEquals(Double.POSITIVE_INFINITY, jump.z());
    assertEquals(0, jump.pValue(), 0);
    ChangeTest none = Proportions.change(100, 500, 100, 500);
    assertTrue(Double.isNaN(none.z()));
    assertTrue(Double.isNaN(none.pValue()));
  }

  @Test
  void prints_as_a_person_would_say_it() {
    // Values from changes.csv row 1: change 5.0, SE 2.0558, z 2.4321, p 0.015012.
    assertEquals(
        "+5.0 points (SE 2.06, z = 2.43, p = 0.0150)",
        Proportions.change(34, 1000, 39, 1200).toString());
  }

  @Test
  void change_arguments_are_checked_by_name() {
    assertEquals(
        "share1 must be in [0, 100], was 101.0",
        assertThrows(IllegalArgumentException.class, () -> Proportions.change(101, 10, 5, 10))
            .getMessage());
    assertEquals(
        "n1 must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Proportions.change(1, 0, 5, 10))
            .getMessage());
    assertEquals(
        "share2 must be in [0, 100], was -5.0",
        assertThrows(IllegalArgumentException.class, () -> Proportions.change(1, 10, -5, 10))
            .getMessage());
    assertEquals(
        "n2 must be finite and > 0, was Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () -> Proportions.change(1, 10, 5, Double.POSITIVE_INFINITY))
            .getMessage());
    assertEquals(
        "confidence must be in (0, 1), was 0.0",
        assertThrows(
                IllegalArgumentException.class, () -> Proportions.change(1, 10, 5, 10).interval(0))
            .getMessage());
  }

  @Test
  void a_change_test_cannot_be_built_from_impossible_values() {
    assertEquals(
        "change must be in [-100, 100], was 150.0",
        assertThrows(IllegalArgumentException.class, () -> new ChangeTest(150, 1)).getMessage());
    assertEquals(
        "standardError must be finite and >= 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> new ChangeTest(5, -1)).getMessage());
  }
}
