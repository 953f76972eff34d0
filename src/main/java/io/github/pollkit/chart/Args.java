package io.github.pollkit.chart;

import io.github.pollkit.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The chart builders' own argument rules (the series a chart draws: dates, one value per date,
 * ordered bounds, option names), in their wording; the general rules are in {@link
 * io.github.pollkit.internal.Checks}.
 */
final class Args {
  private Args() {}

  static String requireName(String name, String argument) {
    if (name == null) {
      throw new NullPointerException(argument + " must be a non-blank text, was null");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          argument + " must be a non-blank text, was " + quoted(name));
    }
    return name;
  }

  static double requireFinite(double value, String argument) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(argument + " must be a finite number, was " + value);
    }
    return value;
  }

  /** Checks a list of dates: not null, not empty, no null element; returns an immutable copy. */
  static List<LocalDate> requireDates(List<LocalDate> dates, String argument) {
    Checks.notNull(dates, argument);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException(argument + " must not be empty");
    }
    for (int i = 0; i < dates.size(); i++) {
      if (dates.get(i) == null) {
        throw new IllegalArgumentException(argument + "[" + i + "] is null: every date is needed");
      }
    }
    return List.copyOf(dates);
  }

  /** Checks a list of days as {@link #requireDates} does, and that they are strictly increasing. */
  static List<LocalDate> requireIncreasing(List<LocalDate> days, String argument) {
    List<LocalDate> checked = requireDates(days, argument);
    for (int i = 1; i < checked.size(); i++) {
      if (!checked.get(i).isAfter(checked.get(i - 1))) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%1$s must be strictly increasing, but %1$s[%2$d] = %3$s is not after"
                    + " %1$s[%4$d] = %5$s",
                argument,
                i,
                checked.get(i),
                i - 1,
                checked.get(i - 1)));
      }
    }
    return checked;
  }

  /**
   * Checks an array of values, one per element of another argument ({@code size} of them): not
   * null, the same length, every value finite. Returns a copy.
   */
  static double[] requireValues(
      double[] values, String argument, int size, String countedArgument) {
    Checks.notNull(values, argument);
    if (values.length != size) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%1$s must have as many values as %2$s: %2$s has %3$d, %1$s has %4$d",
              argument,
              countedArgument,
              size,
              values.length));
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            argument + "[" + i + "] must be a finite number, was " + values[i]);
      }
    }
    return values.clone();
  }

  /** Checks {@code lower[i] <= upper[i]} for every index. */
  static void requireOrdered(double[] lower, String lowerArg, double[] upper, String upperArg) {
    for (int i = 0; i < lower.length; i++) {
      if (lower[i] > upper[i]) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s[%d] must not exceed %s[%2$d], was %s > %s",
                lowerArg,
                i,
                upperArg,
                lower[i],
                upper[i]));
      }
    }
  }

  private static String quoted(String text) {
    return "'" + text + "'";
  }
}
