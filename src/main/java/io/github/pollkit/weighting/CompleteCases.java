package io.github.pollkit.weighting;

import java.util.List;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The respondents who have a value in every weighting variable, and how many were left out.
 *
 * @param sample the respondents kept (the original sample when none was left out)
 * @param dropped the respondents left out
 */
record CompleteCases(Sample sample, int dropped) {

  /**
   * Keeps the respondents of {@code sample} without a missing value in any of {@code variables}.
   *
   * @param drop {@code true} to leave the others out, {@code false} to reject them
   * @throws io.github.pollkit.PollDataException for the first missing value, unless dropped
   * @throws IllegalArgumentException when every respondent would be dropped
   */
  static CompleteCases of(Sample sample, List<String> variables, boolean drop) {
    List<Column<?>> columns = variables.stream().<Column<?>>map(sample.table()::column).toList();
    Selection keep = new BitmapBackedSelection();
    int n = sample.size();
    for (int i = 0; i < n; i++) {
      int missingIn = firstMissing(sample, columns, i);
      if (missingIn < 0) {
        keep.add(i);
      } else if (!drop) {
        Column<?> c = columns.get(missingIn);
        throw sample.dataError(
            i,
            c.name(),
            c.isMissing(i) ? "" : c.getString(i),
            "is missing in weighting variable '"
                + c.name()
                + "' ("
                + (n - countComplete(sample, columns))
                + " respondents miss a weighting variable); use"
                + " WeightingOptions.defaults().droppingMissing() to leave them out");
      }
    }
    int dropped = n - keep.size();
    if (dropped == 0) {
      return new CompleteCases(sample, 0);
    }
    if (dropped == n) {
      throw new IllegalArgumentException(
          "every respondent misses one of " + variables + "; nothing is left to weight");
    }
    int[] rows = keep.toArray();
    double[] base = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      base[r] = sample.baseWeights()[rows[r]];
    }
    String name = sample.source() + " (complete on " + String.join(", ", variables) + ")";
    return new CompleteCases(sample.subset(sample.table().where(keep), name, base), dropped);
  }

  /** The index in {@code columns} of the first one missing in {@code row}, or -1. */
  private static int firstMissing(Sample sample, List<Column<?>> columns, int row) {
    for (int k = 0; k < columns.size(); k++) {
      if (sample.level(columns.get(k), row) == null) {
        return k;
      }
    }
    return -1;
  }

  private static int countComplete(Sample sample, List<Column<?>> columns) {
    int count = 0;
    for (int i = 0; i < sample.size(); i++) {
      if (firstMissing(sample, columns, i) < 0) {
        count++;
      }
    }
    return count;
  }
}
