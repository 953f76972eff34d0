package io.github.pollkit.weighting;

import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * Base (design) weights read from a column: positive finite numbers, in a numeric or text column.
 */
final class BaseWeights {
  private BaseWeights() {}

  /**
   * One weight per row of {@code sample}.
   *
   * @throws io.github.pollkit.PollDataException naming the row and value of a missing, non-numeric
   *     or non-positive weight
   */
  static double[] read(Sample sample, String column) {
    Column<?> c = sample.column(column, "column");
    double[] weights = new double[sample.size()];
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
