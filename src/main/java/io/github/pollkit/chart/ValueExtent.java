package io.github.pollkit.chart;

import java.util.Locale;

/**
 * The lowest and highest value a chart draws, with the name of what draws each (a series or a
 * group), to fix the value axis: the frame's {@link ChartFrame#yRange()} when given, checked to
 * cover both, else a default fitted to the values.
 */
final class ValueExtent {
  private final String covered;
  private final String kind;
  private double low;
  private double high = Double.NEGATIVE_INFINITY;
  private String lowName;
  private String highName;

  /**
   * Starts an extent.
   *
   * @param covered what the axis must cover, for the message, e.g. {@code "value"}
   * @param kind what the names name, put before them in the message, e.g. {@code "group "}
   * @param low the lowest value before any is added ({@code +∞} for none, 0 for bars)
   */
  ValueExtent(String covered, String kind, double low) {
    this.covered = covered;
    this.kind = kind;
    this.low = low;
  }

  /** Takes a value into account; {@code name} says what draws it (a series, a group). */
  void add(double value, String name) {
    if (value < low) {
      low = value;
      lowName = name;
    }
    if (value > high) {
      high = value;
      highName = name;
    }
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  /**
   * [min, max] of the value axis: the frame's range if it has one, else {@code fitted}.
   *
   * @throws IllegalArgumentException if the frame's range leaves out the lowest or highest value
   */
  double[] axis(ChartFrame frame, double[] fitted) {
    if (frame.yRange() == null) {
      return fitted;
    }
    double min = frame.yRange().min();
    double max = frame.yRange().max();
    if (low < min || high > max) {
      boolean tooLow = low < min;
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "yRange [%s, %s] must cover every %s, but %s'%s' goes %s",
              min,
              max,
              covered,
              kind,
              tooLow ? lowName : highName,
              tooLow ? "down to " + low : "up to " + high));
    }
    return new double[] {min, max};
  }
}
