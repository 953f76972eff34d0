package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.testing.HouseRules;
import io.github.pollkit.testing.Reference;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Weighted LOESS against R 4.2.2 {@code loess(share ~ day, weights = weight, span = 0.5, degree =
 * 1, family = "gaussian", surface = "direct", statistics = "exact")} and {@code predict(..., se =
 * TRUE)} on 40 synthetic polls ({@code reference/weights/loess_weighted.R}, which wrote both CSVs).
 */
class LoessWeightsTest {
  private static final Reference POLLS = Reference.csv("weights/loess_weighted_polls.csv");
  private static final Reference R = Reference.csv("weights/loess_weighted.csv");

  private static LoessFit fit(double[] weight) {
    double[] day = POLLS.doubles("day");
    long[] grid = LongStream.rangeClosed((long) day[0], (long) day[day.length - 1]).toArray();
    return Loess.fit(day, POLLS.doubles("share"), weight, 0.5, 0, grid, 0.95);
  }

  @Test
  void weighted_fit_and_standard_errors_equal_r_loess_with_weights() {
    LoessFit fit = fit(POLLS.doubles("weight"));
    assertArrayEquals(R.doubles("weighted_fit"), fit.band().estimate(), 1e-9);
    assertArrayEquals(R.doubles("weighted_se"), fit.band().standardError(), 1e-9);
    assertEquals(
        35.3050000438763,
        fit.residualDegreesOfFreedom(),
        1e-9); // R's one.delta, printed by the script
    assertEquals(2.27041521216385, fit.residualStandardError(), 1e-9); // R's s
  }

  @Test
  void unit_weights_equal_r_loess_without_weights_and_the_unweighted_call() {
    double[] ones = new double[POLLS.size()];
    Arrays.fill(ones, 1);
    LoessFit fit = fit(ones);
    assertArrayEquals(R.doubles("unweighted_fit"), fit.band().estimate(), 1e-9);
    assertArrayEquals(R.doubles("unweighted_se"), fit.band().standardError(), 1e-9);
    LoessFit plain = fit(null);
    assertArrayEquals(plain.band().estimate(), fit.band().estimate(), 1e-12);
    assertArrayEquals(plain.band().standardError(), fit.band().standardError(), 1e-12);
  }

  @Test
  void a_weight_of_two_is_the_point_counted_twice_in_every_local_line() {
    // Hand derivation: the local line minimises Σ w_j T_j (y_j − a − b(x_j − x0))², so doubling
    // w_j equals listing point j twice — as long as the neighbourhood (chosen by count, not by
    // weight) is unchanged. With span 1 every neighbourhood holds all points in both cases.
    double[] x = {0, 10, 20, 30, 40, 50};
    double[] y = {40, 44, 41, 47, 45, 49};
    double[] w = {1, 1, 2, 1, 1, 1};
    double[] x2 = {0, 10, 20, 20, 30, 40, 50};
    double[] y2 = {40, 44, 41, 41, 47, 45, 49};
    long[] grid = LongStream.rangeClosed(0, 50).toArray();
    double[] weighted = Loess.fit(x, y, w, 1.0, 0, grid, 0.95).band().estimate();
    double[] twice = Loess.fit(x2, y2, 1.0, 0, grid, 0.95).band().estimate();
    assertArrayEquals(twice, weighted, 1e-12);
    assertTrue(
        Math.abs(weighted[20] - Loess.fit(x, y, 1.0, 0, grid, 0.95).band().estimate()[20]) > 1e-3);
  }

  @Test
  void a_non_positive_weight_is_rejected_with_its_index() {
    HouseRules.assertBadArgument(
        "weight must be finite and > 0, was 0.0 at index 1",
        () ->
            Loess.fit(
                new double[] {0, 1, 2},
                new double[] {1, 2, 3},
                new double[] {1, 0, 1},
                1.0,
                0,
                new long[] {0, 1, 2},
                0.95));
  }
}
