package io.github.pollkit.weighting;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.PollDataException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Base weights whose sums would overflow or underflow are data errors, not NaN toplines. */
class BaseWeightsLimitsTest {

  private static Respondents withWeights(double... weights) {
    String[] answers = new String[weights.length];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = i % 2 == 0 ? "yes" : "no";
    }
    return Respondents.of(
        Table.create(
            "respondents", StringColumn.create("q", answers), DoubleColumn.create("w", weights)));
  }

  @Test
  void weights_whose_squares_overflow_are_refused_at_the_row_that_overflows() {
    // 1e308 squared is infinite: before, the topline gave a NaN share for "yes" and 0 for "no"
    PollDataException e =
        assertThrows(
            PollDataException.class, () -> withWeights(1, 1e308, 1e308).withBaseWeights("w"));
    assertTrue(
        e.getMessage().contains("is a base weight too large to compute with"), e.getMessage());
    assertTrue(e.getMessage().contains("rescale the weights"), e.getMessage());
  }

  @Test
  void weights_whose_squares_underflow_are_refused() {
    // Double.MIN_VALUE squared is 0: before, n_eff was NaN and the standard errors 0
    PollDataException e =
        assertThrows(
            PollDataException.class,
            () -> withWeights(Double.MIN_VALUE, Double.MIN_VALUE).withBaseWeights("w"));
    assertTrue(
        e.getMessage().contains("is a base weight too small to compute with"), e.getMessage());
  }

  @Test
  void ordinary_weights_still_read() {
    Table topline = withWeights(0.5, 1.5, 1e-100, 1e100).withBaseWeights("w").topline("q");
    for (double se : topline.doubleColumn("se").asDoubleArray()) {
      assertTrue(Double.isFinite(se), topline.print());
    }
  }
}
