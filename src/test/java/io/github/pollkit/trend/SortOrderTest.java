package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SortOrder against the JDK's stable object sort (TimSort) of the indices. */
class SortOrderTest {

  @Test
  void whole_numbers_with_ties_sort_stably() {
    Random random = new Random(11);
    for (int trial = 0; trial < 50; trial++) {
      double[] values = new double[1 + random.nextInt(300)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(40) - 20; // negative days too
      }
      assertArrayEquals(stableOrder(values), SortOrder.ascending(values));
    }
  }

  @Test
  void fractional_values_with_ties_sort_stably() {
    Random random = new Random(12);
    for (int trial = 0; trial < 50; trial++) {
      double[] values = new double[1 + random.nextInt(300)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(30) / 4.0 - 3; // quarters: ties and non-integers
      }
      assertArrayEquals(stableOrder(values), SortOrder.ascending(values));
    }
  }

  @Test
  void zero_and_negative_zero_are_ties_and_huge_values_sort_correctly() {
    double[] values = {0.0, -0.0, 3e12, -3e12, 0.0, 2.5, -0.0};
    assertArrayEquals(new int[] {3, 0, 1, 4, 6, 5, 2}, SortOrder.ascending(values));
    double[] days = {5, -0.0, 0, 3e9, -3e9};
    assertArrayEquals(new int[] {4, 1, 2, 0, 3}, SortOrder.ascending(days));
  }

  private static int[] stableOrder(double[] values) {
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    // compares with <, so that 0.0 and -0.0 are equal, as in SortOrder
    Arrays.sort(order, Comparator.comparing(i -> values[i], (a, b) -> a < b ? -1 : b < a ? 1 : 0));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}
