package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MedianTest {

  @Test
  void median_is_the_middle_of_the_sorted_values_or_the_mean_of_the_two_middle_ones() {
    assertEquals(3.0, Median.of(new double[] {5, 1, 3}));
    assertEquals(2.5, Median.of(new double[] {4, 1, 3, 2}));
    assertEquals(0.0, Median.of(new double[] {0, 0, 0, 7, 0, 9}));
    java.util.Random random = new java.util.Random(7);
    for (int trial = 0; trial < 200; trial++) {
      double[] values = new double[1 + random.nextInt(60)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(8); // many ties
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      int m = sorted.length;
      double expected = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
      assertEquals(expected, Median.of(values), java.util.Arrays.toString(sorted));
    }
  }
}
