package io.github.pollkit.trend;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static io.github.pollkit.testing.HouseRules.assertNullArgument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loess against statsmodels 0.13.5 {@code lowess}: expected values are in
 * src/test/resources/reference/loess/lowess-cases.txt, written by make_lowess_cases.py there.
 */
class LoessTest {
  private static final double TOLERANCE = 1e-6;

  static List<LoessReference> statsmodelsCases() {
    return LoessReference.read("lowess-cases.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statsmodelsCases")
  void equals_statsmodels_lowess(LoessReference c) {
    double[] x = c.array("x");
    double[] y = c.array("y");
    double span = c.number("span");
    int iterations = (int) c.number("it");
    double[] actual =
        c.hasAt()
            ? Loess.smoothAt(x, y, span, iterations, c.array("at"))
            : Loess.smooth(x, y, span, iterations, c.number("delta"));
    assertArrayEquals(c.array("expected"), actual, TOLERANCE, c.name());
  }

  @Test
  void ukraine_series_has_the_46_referendum_polls_with_years_between_some() {
    LoessReference c = LoessReference.named("lowess-cases.txt", "ukraine-0.4-2");
    double[] x = c.array("x");
    assertEquals(46, x.length);
    assertEquals(13408.0, x[0]); // 2006-09-17, the first row of the selection, as epoch days
    double[] sorted = x.clone();
    java.util.Arrays.sort(sorted);
    double largestGap = 0;
    for (int i = 1; i < sorted.length; i++) {
      largestGap = Math.max(largestGap, sorted[i] - sorted[i - 1]);
    }
    assertTrue(largestGap > 3 * 365, "gap of " + largestGap + " days");
  }

  @Test
  void four_argument_smooth_is_delta_zero() {
    LoessReference c = LoessReference.named("lowess-cases.txt", "ties-0.25-2");
    assertArrayEquals(
        c.array("expected"), Loess.smooth(c.array("x"), c.array("y"), 0.25, 2), TOLERANCE);
  }

  @Test
  void ties_get_one_fitted_value_and_input_order_does_not_matter() {
    double[] x = {3, 1, 2, 1, 3, 5, 4, 2, 6, 5};
    double[] y = {4, 1, 3, 2, 6, 7, 5, 2, 9, 8};
    double[] fit = Loess.smooth(x, y, 0.6, 1);
    assertEquals(fit[1], fit[3]);
    assertEquals(fit[0], fit[4]);
    int[] permutation = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    double[] px = new double[10];
    double[] py = new double[10];
    for (int i = 0; i < 10; i++) {
      px[i] = x[permutation[i]];
      py[i] = y[permutation[i]];
    }
    double[] permutedFit = Loess.smooth(px, py, 0.6, 1);
    for (int i = 0; i < 10; i++) {
      assertEquals(fit[permutation[i]], permutedFit[i], 1e-12);
    }
  }

  @Test
  void inputs_are_not_modified() {
    double[] x = {5, 1, 4, 2, 3, 0};
    double[] y = {1, 2, 3, 4, 5, 6};
    long[] at = {0, 3};
    Loess.smooth(x, y, 1.0, 2, 1.0);
    Loess.fit(x, y, 1.0, 2, at, 0.95);
    assertArrayEquals(new double[] {5, 1, 4, 2, 3, 0}, x);
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, y);
    assertArrayEquals(new long[] {0, 3}, at);
  }

  @Test
  void evaluation_at_no_points_gives_an_empty_array() {
    assertEquals(
        0,
        Loess.smoothAt(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 1, 0, new double[0]).length);
  }

  // --- edge cases that statsmodels answers but pollkit rejects (see lowess-edge.txt) ---

  @Test
  void one_poll_is_rejected_where_statsmodels_returns_its_y() {
    // statsmodels: lowess([53.0], [19000.0], frac=1.0, it=0) == [53.0] (lowess-edge.txt): an
    // observation, not a trend; we say so instead.
    LoessReference c = LoessReference.named("lowess-edge.txt", "one-poll-1.0-0");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Loess.smooth(c.array("x"), c.array("y"), 1.0, 0));
    assertEquals("LOESS needs at least 2 points, was 1", e.getMessage());
  }

  @Test
  void all_polls_on_one_day_are_rejected_where_statsmodels_repeats_the_first_y() {
    // statsmodels returns 53.0 (the first poll's y, by its sort order) for all 8 polls: the
    // neighbourhood radius is 0, the tricube weights are 0/0 = NaN and every fit falls back to y.
    LoessReference c = LoessReference.named("lowess-edge.txt", "one-day-0.5-2");
    assertArrayEquals(new double[] {53, 53, 53, 53, 53, 53, 53, 53}, c.array("expected"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Loess.smooth(c.array("x"), c.array("y"), 0.5, 2));
    assertEquals(
        "all 8 points have the same x (19000.0); LOESS needs at least 2 distinct x values",
        e.getMessage());
  }

  @Test
  void span_too_small_for_the_ties_names_the_minimum_span() {
    // x has four points at 3: with k = int(4/12 * 12 + 1e-10) = 4 the neighbourhood of x = 3 is
    // those four points only; statsmodels then returns y of the first of them (6.0) for all four.
    LoessReference c = LoessReference.named("lowess-edge.txt", "below-min-span-4/12-0");
    assertEquals(6.0, c.array("expected")[7]);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Loess.smooth(c.array("x"), c.array("y"), 4.0 / 12.0, 0));
    assertEquals(
        "span 0.3333333333333333 is too small for the data: a neighbourhood holds 4 of 12 points,"
            + " but 4 points share one x value, so a neighbourhood could hold a single x;"
            + " span must be at least 5/12 = 0.416667",
        e.getMessage());
    // the suggested span is accepted (and matches statsmodels: case min-span-5/12-0)
    Loess.smooth(c.array("x"), c.array("y"), 0.416667, 0);
  }

  @Test
  void neighbourhood_size_is_floor_of_span_times_n_as_in_statsmodels() {
    // statsmodels _smoothers_lowess.pyx: k = int(frac * n + 1e-10), clamped to [2, n]
    assertEquals(3, LoessSmoother.neighbourhoodSize(0.3999999999, 10));
    assertEquals(4, LoessSmoother.neighbourhoodSize(0.4, 10));
    assertEquals(
        3, LoessSmoother.neighbourhoodSize(0.29999999999999, 10)); // 2.99999999999999 + 1e-10
    assertEquals(2, LoessSmoother.neighbourhoodSize(0.01, 10));
    assertEquals(10, LoessSmoother.neighbourhoodSize(1.0, 10));
  }

  // --- argument errors ---

  @Test
  void nan_or_infinite_values_are_rejected_with_their_index() {
    double[] good = {1, 2, 3, 4};
    assertBadArgument(
        "x[2] must be finite, was NaN",
        () -> Loess.smooth(new double[] {1, 2, Double.NaN, 4}, good, 1, 0));
    assertBadArgument(
        "y[0] must be finite, was Infinity",
        () -> Loess.smooth(good, new double[] {Double.POSITIVE_INFINITY, 2, 3, 4}, 1, 0));
    assertBadArgument(
        "at[1] must be finite, was -Infinity",
        () -> Loess.smoothAt(good, good, 1, 0, new double[] {1, Double.NEGATIVE_INFINITY}));
  }

  @Test
  void bad_sizes_and_nulls_are_rejected() {
    double[] four = {1, 2, 3, 4};
    assertBadArgument(
        "x and y must have the same length, were 4 and 3",
        () -> Loess.smooth(four, new double[] {1, 2, 3}, 1, 0));
    assertBadArgument(
        "LOESS needs at least 2 points, was 0",
        () -> Loess.smooth(new double[0], new double[0], 1, 0));
    assertNullArgument("x must not be null", () -> Loess.smooth(null, four, 1, 0));
    assertNullArgument("y must not be null", () -> Loess.smooth(four, null, 1, 0));
    assertNullArgument("at must not be null", () -> Loess.smoothAt(four, four, 1, 0, null));
  }

  @Test
  void bad_parameters_are_rejected_with_the_allowed_range() {
    double[] four = {1, 2, 3, 4};
    assertBadArgument("span must be in (0, 1], was 0.0", () -> Loess.smooth(four, four, 0, 0));
    assertBadArgument("span must be in (0, 1], was 1.5", () -> Loess.smooth(four, four, 1.5, 0));
    assertBadArgument(
        "span must be in (0, 1], was NaN", () -> Loess.smooth(four, four, Double.NaN, 0));
    assertBadArgument(
        "robustnessIterations must be >= 0, was -1", () -> Loess.smooth(four, four, 1, -1));
    assertBadArgument(
        "delta must be finite and >= 0, was -1.0", () -> Loess.smooth(four, four, 1, 0, -1));
    assertBadArgument(
        "delta must be finite and >= 0, was NaN", () -> Loess.smooth(four, four, 1, 0, Double.NaN));
    assertBadArgument(
        "confidence must be in (0, 1), was 1.0", () -> Loess.fit(four, four, 1, 0, 1.0));
    assertBadArgument(
        "confidence must be in (0, 1), was 95.0", () -> Loess.fit(four, four, 1, 0, 95));
    assertBadArgument(
        "confidence must be in (0, 1), was 1.0",
        () -> Loess.fit(four, four, 1, 0, new long[] {1}, 1.0));
  }
}
