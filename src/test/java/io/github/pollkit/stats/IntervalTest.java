package io.github.pollkit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void width_is_upper_minus_lower() {
    assertEquals(9.6, new Interval(48.2, 57.8).width(), 1e-12);
  }

  @Test
  void contains_includes_both_bounds() {
    Interval ci = new Interval(48.2, 57.8);
    assertTrue(ci.contains(48.2));
    assertTrue(ci.contains(57.8));
    assertTrue(ci.contains(50));
    assertFalse(ci.contains(48.1));
    assertFalse(ci.contains(Double.NaN));
  }

  @Test
  void prints_with_one_decimal() {
    assertEquals("[48.2, 57.8]", new Interval(48.21, 57.79).toString());
    assertEquals("[0.0, 30.8]", new Interval(0, 30.8496).toString());
  }

  @Test
  void a_point_is_an_interval() {
    assertEquals(0, new Interval(5, 5).width(), 0);
  }

  @Test
  void lower_above_upper_is_rejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> new Interval(3, 2));
    assertEquals("lower must be <= upper, was lower = 3.0, upper = 2.0", e.getMessage());
  }

  @Test
  void nan_bounds_are_rejected() {
    assertEquals(
        "lower must be a number, was NaN",
        assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 2))
            .getMessage());
    assertEquals(
        "upper must be a number, was NaN",
        assertThrows(IllegalArgumentException.class, () -> new Interval(1, Double.NaN))
            .getMessage());
  }
}
