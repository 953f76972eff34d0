package io.github.pollkit.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The argument checks of every pollkit package, each rule written once. A {@code null} argument
 * throws {@link NullPointerException} and a bad value {@link IllegalArgumentException}; every
 * message names the argument and shows the value. Not API: see the package note.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that an argument is not {@code null}.
   *
   * @param <T> the argument's type
   * @param value the argument
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws NullPointerException {@code "name must not be null"} when {@code value} is null
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /**
   * Checks that a text argument is given and not blank.
   *
   * @param value the argument
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException {@code "name must not be blank, was ' '"} when it is blank
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  /**
   * The share rule, the one place it is written: a share in percentage points lies in [0, 100].
   *
   * @param value a share in points
   * @return whether it lies in [0, 100] (false for NaN)
   */
  public static boolean isShare(double value) {
    return value >= 0 && value <= 100;
  }

  /**
   * Checks a share argument in percentage points.
   *
   * @param value the argument
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException {@code "name must be in [0, 100], was 104.0"} when it is not a
   *     share (NaN included)
   */
  public static double share(double value, String name) {
    if (!isShare(value)) {
      throw new IllegalArgumentException(name + " must be in [0, 100], was " + value);
    }
    return value;
  }

  /**
   * Checks every element of an array of shares in percentage points.
   *
   * @param values the array, not null
   * @param name the array's name, for the message
   * @throws IllegalArgumentException {@code "name[i] must be a share in percentage points in [0,
   *     100], was 101.0"} for the first element that is not a share
   */
  public static void allShares(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      if (!isShare(values[i])) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s[%d] must be a share in percentage points in [0, 100], was %s",
                name,
                i,
                values[i]));
      }
    }
  }

  /**
   * Checks a confidence level, a fraction in (0, 1).
   *
   * @param confidence the argument, named {@code confidence} in the message
   * @return {@code confidence}
   * @throws IllegalArgumentException {@code "confidence must be in (0, 1), was 1.5"} otherwise
   */
  public static double confidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    return confidence;
  }

  /**
   * Checks that a number is finite.
   *
   * @param value the argument
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException {@code "name must be finite, was NaN"} otherwise
   */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
    return value;
  }

  /**
   * Checks that a number is finite and &gt; 0 (a sample size, a variance, a window length).
   *
   * @param value the argument
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException {@code "name must be finite and > 0, was 0.0"} otherwise
   */
  public static double positive(double value, String name) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
    return value;
  }

  /**
   * Checks that a number is finite and &ge; 0.
   *
   * @param value the argument
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException {@code "name must be finite and >= 0, was -1.0"} otherwise
   */
  public static double nonNegative(double value, String name) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
    }
    return value;
  }

  /**
   * Checks that a whole number lies in [min, max].
   *
   * @param value the argument
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException {@code "name must be in [200, 10000], was 50"} otherwise
   */
  public static int inRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], was " + value);
    }
    return value;
  }

  /**
   * Checks every element of an array for being finite.
   *
   * @param values the array, not null
   * @param name the array's name, for the message
   * @throws IllegalArgumentException {@code "name[2] must be finite, was NaN"} for the first
   *     element that is not
   */
  public static void allFinite(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      finite(values[i], name + "[" + i + "]");
    }
  }

  /**
   * Checks every element of an array for being finite and &gt; 0.
   *
   * @param values the array, not null
   * @param name the array's name, for the message
   * @throws IllegalArgumentException {@code "name[1] must be finite and > 0, was 0.0"} for the
   *     first element that is not
   */
  public static void allPositive(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      positive(values[i], name + "[" + i + "]");
    }
  }

  /**
   * Checks that an array has the length of another argument.
   *
   * @param values the array, not null
   * @param name the array's name, for the message
   * @param otherName the other argument's name
   * @param otherLength the other argument's length
   * @throws IllegalArgumentException {@code "share must have the same length as epochDays (4), had
   *     3"} otherwise
   */
  public static void sameLength(double[] values, String name, String otherName, int otherLength) {
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

  /**
   * Checks that a builder setting is given once.
   *
   * @param alreadySet whether the setting was given before
   * @param setting the setting's name, for the message
   * @param firstValue the value given first, for the message
   * @throws IllegalStateException {@code "windowDays was already set to 14"} when it was
   */
  public static void notSetYet(boolean alreadySet, String setting, Object firstValue) {
    if (alreadySet) {
      throw new IllegalStateException(setting + " was already set to " + firstValue);
    }
  }

  /**
   * Checks a LOESS span, the fraction of the points in each local fit: (0, 1].
   *
   * @param span the argument, named {@code span} in the message
   * @return {@code span}
   * @throws IllegalArgumentException {@code "span must be in (0, 1], was 0.0"} otherwise
   */
  public static double span(double span) {
    if (!(span > 0 && span <= 1)) {
      throw new IllegalArgumentException("span must be in (0, 1], was " + span);
    }
    return span;
  }

  /**
   * Checks that a whole number is at least a minimum.
   *
   * @param value the argument
   * @param min the smallest value allowed
   * @param name the argument's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException {@code "name must be >= 0, was -1"} otherwise
   */
  public static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  /**
   * Checks a map of pollster weights: not null, no null pollster, every weight finite and &gt; 0.
   *
   * @param weights pollster → weight
   * @param name the argument's name, for the message
   * @return an unmodifiable copy in the map's iteration order
   * @throws NullPointerException if {@code weights} is null
   * @throws IllegalArgumentException {@code "name for 'A' must be finite and > 0, was 0.0"}, or
   *     {@code "name must not have a null pollster"}
   */
  public static Map<String, Double> pollsterWeights(Map<String, Double> weights, String name) {
    notNull(weights, name);
    LinkedHashMap<String, Double> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getKey() == null) {
        throw new IllegalArgumentException(name + " must not have a null pollster");
      }
      Double w = e.getValue();
      if (w == null || !(w > 0 && w < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "%s for '%s' must be finite and > 0, was %s", name, e.getKey(), w));
      }
      copy.put(e.getKey(), w);
    }
    return Collections.unmodifiableMap(copy);
  }
}
