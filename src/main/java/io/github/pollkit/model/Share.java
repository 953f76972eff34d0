package io.github.pollkit.model;

import io.github.pollkit.internal.Checks;

/**
 * One option's share in one poll, in percentage points (53.0 means 53%).
 *
 * <p>A point share has {@code low} and {@code high} equal to NaN. A published range such as
 * "20–25%" has its bounds in {@code low} and {@code high} and its midpoint in {@code value}; see
 * {@link #isRange()}. A source may publish a point estimate with its range; then {@code value} is
 * that estimate, inside the range.
 *
 * <p>The constructor is the one place where the rules of a share are checked: every number in [0,
 * 100], a range's low bound not above its high bound, a value given with a range inside it. A
 * broken rule throws a {@link RuleViolation}.
 *
 * @param value the share, or the midpoint of a range (or the estimate published with it), in points
 * @param low the lower bound of a published range, NaN for a point share
 * @param high the upper bound of a published range, NaN for a point share
 */
public record Share(double value, double low, double high) {

  /**
   * Checks the rules of a share; a NaN value with bounds becomes the range's midpoint.
   *
   * @param value the share, or NaN for the midpoint of a range
   * @param low the lower bound of a range, NaN for a point share
   * @param high the upper bound of a range, NaN for a point share
   * @throws RuleViolation if a number is outside [0, 100], low exceeds high, or a value given with
   *     a range lies outside it
   */
  public Share {
    boolean range = !Double.isNaN(low) || !Double.isNaN(high);
    if (!range || !Double.isNaN(value)) {
      requireShare("value", value);
    }
    if (range) {
      requireShare("low", low);
      requireShare("high", high);
      if (low > high) {
        throw new RuleViolation(
            RuleViolation.Rule.RANGE_IN_ORDER,
            "low",
            "a range's low must not exceed its high, was " + low + " to " + high);
      }
      if (Double.isNaN(value)) {
        value = (low + high) / 2;
      } else if (value < low || value > high) {
        throw new RuleViolation(
            RuleViolation.Rule.VALUE_INSIDE_RANGE,
            "value",
            "a range's value must lie inside it, was " + value + " for " + low + " to " + high);
      }
    }
  }

  /**
   * A point share, e.g. {@code Share.of(53)}.
   *
   * @param value the share in points
   * @return the share
   */
  public static Share of(double value) {
    return new Share(value, Double.NaN, Double.NaN);
  }

  /**
   * A published range, e.g. {@code Share.range(20, 25)}; its value is the midpoint.
   *
   * @param low the lower bound in points
   * @param high the upper bound in points
   * @return the share
   */
  public static Share range(double low, double high) {
    return new Share(Double.NaN, low, high);
  }

  /**
   * Whether this is a published range ("20–25%") rather than a point share.
   *
   * @return true for a range
   */
  public boolean isRange() {
    return !Double.isNaN(low);
  }

  /**
   * The width of a range in points, 0 for a point share.
   *
   * @return high minus low, or 0
   */
  public double width() {
    return isRange() ? high - low : 0;
  }

  private static void requireShare(String name, double v) {
    if (!Checks.isShare(v)) {
      throw new RuleViolation(
          RuleViolation.Rule.SHARE_IN_PERCENTAGE_POINTS,
          name,
          "share " + name + " must be in [0, 100] percentage points, was " + v);
    }
  }

  @Override
  public String toString() {
    return isRange() ? fmt(low) + "–" + fmt(high) : fmt(value);
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
