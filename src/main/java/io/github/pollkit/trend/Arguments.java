package io.github.pollkit.trend;

import java.util.Locale;

/** Argument checks shared by the trend core; every message names the argument and its range. */
final class Arguments {
  private Arguments() {}

  static double[] requireArray(String name, double[] values) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return values;
  }

  static void requireSameLength(String name, double[] values, String otherName, int otherLength) {
    if (values.length != otherLength) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must have the same length as %s (%d), had %d",
              name,
              otherName,
              otherLength,
              values.length));
    }
  }

  static void requireAllFinite(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "%s[%d] must be finite, was %s", name, i, values[i]));
      }
    }
  }

  static void requireAllShares(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v >= 0 && v <= 100)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s[%d] must be a share in percentage points in [0, 100], was %s",
                name,
                i,
                v));
      }
    }
  }

  static void requireAllPositive(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "%s[%d] must be finite and > 0, was %s", name, i, v));
      }
    }
  }

  static double requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "confidence must be in (0, 1), was %s", confidence));
    }
    return confidence;
  }

  static double requirePositive(String name, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be finite and > 0, was %s", name, value));
    }
    return value;
  }
}
