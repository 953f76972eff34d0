package io.github.pollkit.weighting;

import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * Base (design) weights read from a column: positive finite numbers, in a numeric or text column.
 */
final class BaseWeights {
  private BaseWeights() {}

  /** The smallest base weight: its square (in the effective sample size) stays a normal double. */
  static final double MIN_WEIGHT = 1e-150;

  /** The largest sum of squared base weights, far enough below overflow to add and scale. */
  static final double MAX_SUM_OF_SQUARES = 1e300;

  /**
   * One weight per row of {@code sample}.
   *
   * @throws io.github.pollkit.PollDataException naming the row and value of a missing, non-numeric
   *     or non-positive weight, or of one below {@link #MIN_WEIGHT} or making the sum of squares
   *     exceed {@link #MAX_SUM_OF_SQUARES} (the sums would underflow or overflow)
   */
  static double[] read(Sample sample, String column) {
    Column<?> c = sample.column(column, "column");
    double[] weights = new double[sample.size()];
    double sumOfSquares = 0;
    for (int i = 0; i < weights.length; i++) {
      String text = c.isMissing(i) ? null : c.getString(i);
      double v = text == null ? Double.NaN : value(c, i, text);
      if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
        throw sample.dataError(
            i,
            column,
            text == null ? "" : text,
            "is not a base weight: it must be a positive number");
      }
      sumOfSquares += v * v;
      if (v < MIN_WEIGHT || !(sumOfSquares <= MAX_SUM_OF_SQUARES)) {
        throw sample.dataError(
            i,
            column,
            text,
            "is a base weight too "
                + (v < MIN_WEIGHT ? "small" : "large")
                + " to compute with: weights from "
                + MIN_WEIGHT
                + " up to a sum of squares of "
                + MAX_SUM_OF_SQUARES
                + " are taken (the effective sample size squares them); rescale the weights,"
                + " only their ratios matter");
      }
      weights[i] = v;
    }
    return weights;
  }

  private static double value(Column<?> c, int row, String text) {
    if (c instanceof NumberColumn<?, ?> numbers) {
      return numbers.getDouble(row);
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
