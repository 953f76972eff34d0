package io.github.pollkit;

/**
 * One option's share in one poll, in percentage points (53.0 means 53%).
 *
 * <p>A point share has {@code low} and {@code high} equal to NaN. A published range such as
 * "20–25%" has its bounds in {@code low} and {@code high} and its midpoint in {@code value}; see
 * {@link #isRange()}.
 *
 * @param value the share, or the midpoint of a range, in points
 * @param low the lower bound of a published range, NaN for a point share
 * @param high the upper bound of a published range, NaN for a point share
 */
public record Share(double value, double low, double high) {

  public Share {
    boolean range = !Double.isNaN(low) || !Double.isNaN(high);
    if (range) {
      requireShare("low", low);
      requireShare("high", high);
      if (low > high) {
        throw new IllegalArgumentException(
            "a range's low must not exceed its high, was " + low + " to " + high);
      }
      double mid = (low + high) / 2;
      if (Double.isNaN(value)) {
        value = mid;
      } else if (Math.abs(value - mid) > 1e-9) {
        throw new IllegalArgumentException(
            "a range's value must be its midpoint " + mid + ", was " + value);
      }
    } else {
      requireShare("value", value);
    }
  }

  /** A point share, e.g. {@code Share.of(53)}. */
  public static Share of(double value) {
    return new Share(value, Double.NaN, Double.NaN);
  }

  /** A published range, e.g. {@code Share.range(20, 25)}; its value is the midpoint. */
  public static Share range(double low, double high) {
    return new Share(Double.NaN, low, high);
  }

  /** True for a published range ("20–25%"), false for a point share. */
  public boolean isRange() {
    return !Double.isNaN(low);
  }

  /** The width of a range in points, 0 for a point share. */
  public double width() {
    return isRange() ? high - low : 0;
  }

  private static void requireShare(String name, double v) {
    if (!(v >= 0 && v <= 100)) {
      throw new IllegalArgumentException(
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
