package io.github.pollkit.trend;

/** Stable sort order of a double array, without boxing. */
final class SortOrder {
  private SortOrder() {}

  /**
   * The indices of {@code values} in ascending order; equal values (including 0.0 and -0.0) keep
   * their input order. Values must not be NaN.
   */
  static int[] ascending(double[] values) {
    int n = values.length;
    int[] order = new int[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && values[i] < values[i - 1]) {
        sorted = false;
      }
    }
    if (sorted) {
      return order;
    }
    if (allIntegersInIntRange(values)) {
      return byIntegerKeys(values);
    }
    int[] buffer = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int start = 0; start < n; start += 2 * width) {
        int middle = Math.min(start + width, n);
        int end = Math.min(start + 2 * width, n);
        merge(values, order, buffer, start, middle, end);
      }
      int[] swap = order;
      order = buffer;
      buffer = swap;
    }
    return order;
  }

  private static boolean allIntegersInIntRange(double[] values) {
    for (double v : values) {
      if (!(v == Math.rint(v) && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The common case of whole numbers (days): sorts keys (value · 2³² + index), which orders by
   * value and then by index, with the JDK's primitive sort.
   */
  private static int[] byIntegerKeys(double[] values) {
    int n = values.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) values[i] << 32) | i;
    }
    java.util.Arrays.sort(keys);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) keys[i]; // the low 32 bits: the index (n < 2^31)
    }
    return order;
  }

  private static void merge(double[] values, int[] from, int[] to, int start, int middle, int end) {
    int a = start;
    int b = middle;
    for (int out = start; out < end; out++) {
      // take from the right run only when strictly smaller: keeps ties in input order
      if (a < middle && (b >= end || !(values[from[b]] < values[from[a]]))) {
        to[out] = from[a++];
      } else {
        to[out] = from[b++];
      }
    }
  }
}
