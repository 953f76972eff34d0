package io.github.pollkit.stats;

import java.util.Locale;

/**
 * A closed interval [lower, upper], such as a confidence interval for a share in percentage points.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Interval ci = new Interval(48.2, 57.8);
 * ci.width();        // 9.6
 * ci.contains(50);   // true
 * ci.toString();     // "[48.2, 57.8]"
 * }</pre>
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {

  /**
   * Checks the bounds.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below {@code lower}
   * @throws IllegalArgumentException if a bound is NaN or {@code lower > upper}
   */
  public Interval {
    if (Double.isNaN(lower)) {
      throw new IllegalArgumentException("lower must be a number, was NaN");
    }
    if (Double.isNaN(upper)) {
      throw new IllegalArgumentException("upper must be a number, was NaN");
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "lower must be <= upper, was lower = " + lower + ", upper = " + upper);
    }
  }

  /**
   * The width of the interval.
   *
   * @return {@code upper - lower}; twice the margin of error for a symmetric interval
   */
  public double width() {
    return upper - lower;
  }

  /**
   * Whether the interval contains a value.
   *
   * @param value the value
   * @return {@code lower <= value <= upper}; false for NaN
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /** The bounds rounded to one decimal, as a person would quote them: {@code [48.2, 57.8]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%.1f, %.1f]", lower, upper);
  }
}
