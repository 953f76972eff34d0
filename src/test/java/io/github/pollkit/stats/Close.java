package io.github.pollkit.stats;

import static org.junit.jupiter.api.Assertions.fail;

/** Comparison with reference values: relative tolerance plus a tiny absolute floor for zeros. */
final class Close {
  private Close() {}

  /** Relative tolerance for values the peer computes exactly (up to rounding). */
  static final double RELATIVE = 1e-9;

  /** Absolute floor in the compared unit, so that a reference 0 accepts rounding noise. */
  static final double ABSOLUTE = 1e-12;

  static void assertClose(double expected, double actual, String what) {
    double tolerance = RELATIVE * Math.abs(expected) + ABSOLUTE;
    if (!(Math.abs(actual - expected) <= tolerance)) {
      fail(
          what
              + ":\n  expected "
              + expected
              + "\n  but was  "
              + actual
              + "\n  difference "
              + (actual - expected)
              + " > tolerance "
              + tolerance);
    }
  }
}
