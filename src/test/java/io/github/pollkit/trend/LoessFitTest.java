package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LOESS band against a numpy computation of the same formula (lowess-band.txt, written by
 * make_lowess_cases.py): L is built there column by column from statsmodels' own lowess kernel with
 * the final robustness weights fixed, then σ̂² = RSS / (n − 2 tr L + tr LᵀL), se = σ̂ · √(Σ_j
 * L_ij²), band = ŷ ∓ Φ⁻¹((1 + confidence) / 2) · se.
 */
class LoessFitTest {
  private static final double TOLERANCE = 1e-8;

  static List<LoessReference> bandCases() {
    return LoessReference.read("lowess-band.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bandCases")
  void band_equals_numpy_computation_of_cleveland_grosse(LoessReference c) {
    double[] x = c.array("x");
    double[] y = c.array("y");
    double span = c.number("span");
    int iterations = (int) c.number("it");
    double confidence = c.number("confidence");
    LoessFit fit =
        c.hasAt()
            ? Loess.fitAt(x, y, span, iterations, c.array("at"), confidence)
            : Loess.fit(x, y, span, iterations, confidence);
    assertArrayEquals(c.hasAt() ? c.array("at") : x, fit.x());
    assertArrayEquals(c.array("fitted"), fit.fitted(), TOLERANCE, "fitted");
    assertArrayEquals(c.array("se"), fit.standardError(), TOLERANCE, "se");
    assertArrayEquals(c.array("lower"), fit.lower(), TOLERANCE, "lower");
    assertArrayEquals(c.array("upper"), fit.upper(), TOLERANCE, "upper");
    assertEquals(c.number("sigma"), fit.residualStandardError(), TOLERANCE, "sigma");
    assertEquals(c.number("dof"), fit.residualDegreesOfFreedom(), TOLERANCE, "dof");
    assertEquals(confidence, fit.confidence());
  }

  @Test
  void band_in_input_order_for_unsorted_x() {
    // the same data as small-ties-0.5-0, reversed: every array comes back reversed
    LoessReference c = LoessReference.named("lowess-band.txt", "small-ties-0.5-0");
    double[] x = reversed(c.array("x"));
    double[] y = reversed(c.array("y"));
    LoessFit fit = Loess.fit(x, y, 0.5, 0, 0.95);
    // ties (x = 2, 5, 13) have equal se, so reversing within a tie changes nothing
    assertArrayEquals(reversed(c.array("se")), fit.standardError(), TOLERANCE);
    assertArrayEquals(reversed(c.array("fitted")), fit.fitted(), TOLERANCE);
  }

  @Test
  void fitted_values_of_fit_equal_smooth_and_of_fit_at_equal_smooth_at() {
    LoessReference c = LoessReference.named("lowess-cases.txt", "ukraine-0.4-2");
    double[] x = c.array("x");
    double[] y = c.array("y");
    assertArrayEquals(Loess.smooth(x, y, 0.4, 2), Loess.fit(x, y, 0.4, 2, 0.95).fitted());
    double[] at = {13000, 15000.5, 19000, 20000};
    assertArrayEquals(
        Loess.smoothAt(x, y, 0.4, 2, at), Loess.fitAt(x, y, 0.4, 2, at, 0.9).fitted());
  }

  @Test
  void interpolating_span_has_no_residual_degrees_of_freedom() {
    // k = int(0.3 * 10 + 1e-10) = 3 on evenly spaced x: the two outer points of each
    // neighbourhood lie at the radius (weight 0), so the fit is y itself: L = I, δ₁ = 0.
    double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    double[] y = {1, 5, 2, 8, 3, 9, 4, 7, 6, 0};
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Loess.fit(x, y, 0.3, 0, 0.95));
    assertTrue(
        e.getMessage().startsWith("span 0.3 leaves no residual degrees of freedom"),
        e.getMessage());
  }

  @Test
  void band_is_nan_where_the_curve_has_no_fit() {
    // statsmodels (case fallback-xvals-0.2-1): the robustness weights leave fewer than 2 points
    // with positive weight near x = 12, so lowess(xvals=...) gives NaN at 12.0 and 12.5
    LoessReference c = LoessReference.named("lowess-cases.txt", "fallback-xvals-0.2-1");
    LoessFit fit = Loess.fitAt(c.array("x"), c.array("y"), 0.2, 1, c.array("at"), 0.95);
    double[] expected = c.array("expected");
    for (int i = 0; i < expected.length; i++) {
      boolean none = Double.isNaN(expected[i]);
      assertEquals(none, Double.isNaN(fit.fitted()[i]), "fitted " + i);
      assertEquals(none, Double.isNaN(fit.standardError()[i]), "se " + i);
      assertEquals(none, Double.isNaN(fit.lower()[i]), "lower " + i);
      assertEquals(none, Double.isNaN(fit.upper()[i]), "upper " + i);
    }
    assertTrue(Double.isNaN(fit.fitted()[3]));
  }

  @Test
  void fit_is_immutable() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] y = {2, 1, 4, 3, 6, 5, 8, 7};
    LoessFit fit = Loess.fit(x, y, 0.75, 0, 0.95);
    double[] fitted = fit.fitted();
    fitted[0] = 99;
    assertNotSame(fitted, fit.fitted());
    assertTrue(fit.fitted()[0] != 99);
    x[0] = 99;
    assertEquals(1.0, fit.x()[0]);
    assertEquals(fit, Loess.fit(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, y, 0.75, 0, 0.95));
    assertTrue(fit.toString().startsWith("LoessFit[8 points, 95% band"), fit.toString());
  }

  private static double[] reversed(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[values.length - 1 - i];
    }
    return out;
  }
}
