package io.github.pollkit.trend;

/** The median of a sample, shared by every engine that needs one. */
final class Median {
  private Median() {}

  /** The median as numpy computes it (mean of the two middle values for even n); reorders. */
  static double of(double[] values) {
    int m = values.length;
    int upper = m / 2;
    double high = select(values, upper);
    if (m % 2 == 1) {
      return high;
    }
    double low = values[0]; // after select, values[0 .. upper - 1] are all <= values[upper]
    for (int i = 1; i < upper; i++) {
      low = Math.max(low, values[i]);
    }
    return (low + high) / 2.0;
  }

  /**
   * The k-th smallest value (0-based) by Hoare's selection as given by Wirth (Algorithms + Data
   * Structures = Programs, 1976): afterwards {@code values[k]} is in place, smaller or equal values
   * before it, larger or equal after it.
   */
  private static double select(double[] values, int k) {
    int left = 0;
    int right = values.length - 1;
    while (left < right) {
      double pivot = values[k];
      int i = left;
      int j = right;
      do {
        while (values[i] < pivot) {
          i++;
        }
        while (pivot < values[j]) {
          j--;
        }
        if (i <= j) {
          double swap = values[i];
          values[i] = values[j];
          values[j] = swap;
          i++;
          j--;
        }
      } while (i <= j);
      if (j < k) {
        left = i;
      }
      if (k < i) {
        right = j;
      }
    }
    return values[k];
  }
}
