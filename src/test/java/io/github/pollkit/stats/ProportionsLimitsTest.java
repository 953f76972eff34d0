package io.github.pollkit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The documented limits of {@link Proportions} at the edges of its arguments. */
class ProportionsLimitsTest {

  @Test
  void exact_intervals_refuse_a_sample_size_beyond_their_limit() {
    for (IntervalMethod method :
        new IntervalMethod[] {IntervalMethod.CLOPPER_PEARSON, IntervalMethod.JEFFREYS}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Proportions.interval(40, 1e30, 0.95, method));
      assertEquals(
          "n must be at most 1.0E12 for "
              + method
              + " (the Beta quantiles do not converge beyond; use WILSON), was 1.0E30",
          e.getMessage());
    }
    // Wilson at 1e200 stays finite: 40 ± 1.96·√(0.24/1e200) points is 40 to display precision
    Interval wilson = Proportions.interval(40, 1e200, 0.95, IntervalMethod.WILSON);
    assertEquals(40, wilson.lower(), 1e-9);
    assertEquals(40, wilson.upper(), 1e-9);
  }

  @Test
  void exact_intervals_at_the_limit_are_finite_and_close_to_wilson() {
    // at n = 1e12 the half-width is 1.96·√(p(1−p)/n)·100 ≈ 9.6e-5 points for p = 0.4
    for (double share : new double[] {0, 1e-9, 0.3, 40, 99.99999, 100}) {
      Interval wilson = Proportions.interval(share, 1e12, 0.95, IntervalMethod.WILSON);
      for (IntervalMethod method :
          new IntervalMethod[] {IntervalMethod.CLOPPER_PEARSON, IntervalMethod.JEFFREYS}) {
        Interval exact = Proportions.interval(share, Proportions.MAX_EXACT_N, 0.95, method);
        assertTrue(Double.isFinite(exact.lower()) && Double.isFinite(exact.upper()));
        assertEquals(wilson.lower(), exact.lower(), 1e-6, method + " at " + share);
        assertEquals(wilson.upper(), exact.upper(), 1e-6, method + " at " + share);
      }
    }
  }

  @Test
  void a_margin_that_would_be_infinite_is_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Proportions.maxMarginOfError(Double.MIN_VALUE, 0.95));
    assertEquals(
        "n must be large enough for a finite margin of error, was 4.9E-324", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Proportions.leadMargin(50, 40, Double.MIN_VALUE, 0.95));
  }
}
