package io.github.pollkit.stats;

/** Argument checks shared by the statistics; each message names the argument and its range. */
final class Check {
  private Check() {}

  /** A share in percentage points: [0, 100]. */
  static double share(String name, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(name + " must be in [0, 100], was " + value);
    }
    return value;
  }

  /** A sample size: finite and &gt; 0 (need not be an integer: effective sizes are not). */
  static double sampleSize(String name, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
    return value;
  }

  /** A confidence level as a fraction: (0, 1). */
  static double confidence(double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + value);
    }
    return value;
  }

  /** A design effect: finite and &gt; 0. */
  static double designEffect(double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("designEffect must be finite and > 0, was " + value);
    }
    return value;
  }

  static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
