package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
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
    // The band lives on a grid of whole days. Evaluation points that are not whole (3.5) are
    // reached by doubling x and the points: see doubled(...) for why that changes no bit.
    double[] at = c.hasAt() ? doubled(c.array("at")) : x;
    long[] grid = distinctDays(at);
    LoessFit fit =
        c.hasAt()
            ? Loess.fit(doubled(x), y, span, iterations, grid, confidence)
            : Loess.fit(x, y, span, iterations, confidence);
    TrendBand band = fit.band();
    assertArrayEquals(grid, band.dates().stream().mapToLong(LocalDate::toEpochDay).toArray());
    assertArrayEquals(c.array("fitted"), atPoints(band, band.estimate(), at), TOLERANCE, "fitted");
    assertArrayEquals(c.array("se"), atPoints(band, band.standardError(), at), TOLERANCE, "se");
    assertArrayEquals(c.array("lower"), atPoints(band, band.lower(), at), TOLERANCE, "lower");
    assertArrayEquals(c.array("upper"), atPoints(band, band.upper(), at), TOLERANCE, "upper");
    assertEquals(c.number("sigma"), fit.residualStandardError(), TOLERANCE, "sigma");
    assertEquals(c.number("dof"), fit.residualDegreesOfFreedom(), TOLERANCE, "dof");
    assertEquals(confidence, band.confidence());
    assertEquals(span, fit.span());
    assertEquals(iterations, fit.robustnessIterations());
  }

  @Test
  void band_does_not_depend_on_the_order_of_the_data() {
    // the same data as small-ties-0.5-0, reversed: the band at each point is unchanged
    LoessReference c = LoessReference.named("lowess-band.txt", "small-ties-0.5-0");
    double[] x = reversed(c.array("x"));
    double[] y = reversed(c.array("y"));
    TrendBand band = Loess.fit(x, y, 0.5, 0, 0.95).band();
    // ties (x = 2, 5, 13) have equal se, so reversing within a tie changes nothing
    assertArrayEquals(reversed(c.array("se")), atPoints(band, band.standardError(), x), TOLERANCE);
    assertArrayEquals(reversed(c.array("fitted")), atPoints(band, band.estimate(), x), TOLERANCE);
  }

  @Test
  void fitted_values_of_fit_equal_smooth_and_of_fit_on_a_grid_equal_smooth_at() {
    LoessReference c = LoessReference.named("lowess-cases.txt", "ukraine-0.4-2");
    double[] x = c.array("x");
    double[] y = c.array("y");
    TrendBand atData = Loess.fit(x, y, 0.4, 2, 0.95).band();
    assertArrayEquals(Loess.smooth(x, y, 0.4, 2), atPoints(atData, atData.estimate(), x));
    // 15000.5 is not a whole day: double x and the points (exact, see doubled(...))
    double[] at = doubled(new double[] {13000, 15000.5, 19000, 20000});
    long[] grid = distinctDays(at);
    assertArrayEquals(
        Loess.smoothAt(doubled(x), y, 0.4, 2, at),
        Loess.fit(doubled(x), y, 0.4, 2, grid, 0.9).band().estimate());
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
    // (reached here as 24 and 25 with x doubled, see doubled(...))
    LoessReference c = LoessReference.named("lowess-cases.txt", "fallback-xvals-0.2-1");
    long[] grid = distinctDays(doubled(c.array("at")));
    TrendBand fit = Loess.fit(doubled(c.array("x")), c.array("y"), 0.2, 1, grid, 0.95).band();
    double[] expected = c.array("expected");
    for (int i = 0; i < expected.length; i++) {
      boolean none = Double.isNaN(expected[i]);
      assertEquals(none, Double.isNaN(fit.estimate()[i]), "fitted " + i);
      assertEquals(none, Double.isNaN(fit.standardError()[i]), "se " + i);
      assertEquals(none, Double.isNaN(fit.lower()[i]), "lower " + i);
      assertEquals(none, Double.isNaN(fit.upper()[i]), "upper " + i);
    }
    assertTrue(Double.isNaN(fit.estimate()[3]));
  }

  @Test
  void fit_is_immutable() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] y = {2, 1, 4, 3, 6, 5, 8, 7};
    LoessFit fit = Loess.fit(x, y, 0.75, 0, 0.95);
    double[] fitted = fit.band().estimate();
    fitted[0] = 99;
    assertNotSame(fitted, fit.band().estimate());
    assertTrue(fit.band().estimate()[0] != 99);
    x[0] = 99;
    assertEquals(LocalDate.ofEpochDay(1), fit.band().dates().get(0));
    assertEquals(fit, Loess.fit(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, y, 0.75, 0, 0.95));
    assertTrue(fit.toString().contains("8 days, 95% band"), fit.toString());
  }

  /**
   * x and the evaluation points times 2. LOESS sees x only through ratios of distances (the tricube
   * of |x − x₀| / h, the window's midpoints, the local line's slope times x₀ − x̄), and doubling is
   * exact in binary floating point, so every weight, fit and standard error stays the same bit for
   * bit (unless the 10⁻¹² floor on the weighted variance binds, which it does not in these cases).
   */
  private static double[] doubled(double[] values) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= 2;
    }
    return out;
  }

  /** The distinct values of whole-day points, ascending. */
  private static long[] distinctDays(double[] points) {
    return Arrays.stream(points)
        .peek(p -> assertEquals(Math.rint(p), p, "a whole day"))
        .mapToLong(p -> (long) p)
        .sorted()
        .distinct()
        .toArray();
  }

  /** The band's values read back at each point (a day of the grid), in the points' order. */
  private static double[] atPoints(TrendBand band, double[] values, double[] points) {
    List<LocalDate> dates = band.dates();
    double[] out = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      out[i] = values[dates.indexOf(LocalDate.ofEpochDay((long) points[i]))];
    }
    return out;
  }

  private static double[] reversed(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[values.length - 1 - i];
    }
    return out;
  }
}
