package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The polls a {@link PollAverage} is fitted to: for each poll its day, its value in points, its
 * known sampling variance in points², its pollster and its weight. Immutable; arrays are copied in.
 *
 * <p>The sampling variance is computed as in {@link KalmanSmoother}: p(100 − p)/n for a share (plus
 * (high − low)²/12 for a published range, the variance of a value uniform over the range), the
 * multinomial variance [100(p<sub>1</sub> + p<sub>2</sub>) − (p<sub>1</sub> − p<sub>2</sub>)²]/n
 * for the lead of two options of one poll, or a variance the caller gives. A missing sample size
 * (NaN) takes the median of the others.
 *
 * <p><b>Weights.</b> A poll of weight w counts as w independent polls of its size: its sampling
 * variance v is divided by w (the non-sampling variance τ² of the model is not). The default weight
 * is 1; a weight must be finite and &gt; 0.
 *
 * <p><b>Groups.</b> Optionally each poll has a group (its population or mode) whose offset is
 * estimated; see {@link #withGroups(String[])}.
 *
 * <pre>{@code
 * PollObservations polls = PollObservations.ofShares(endDay, approve, n, pollster)
 *     .withWeights(weight);
 * }</pre>
 */
public final class PollObservations {
  final KalmanInput input;
  private final String[] pollster; // in the caller's order
  private final double[] weight; // in the caller's order
  private final String[] group; // in the caller's order; null: no groups

  private PollObservations(KalmanInput input, String[] pollster, double[] weight, String[] group) {
    this.input = input;
    this.pollster = pollster;
    this.weight = weight;
    this.group = group;
  }

  /**
   * Shares of one option.
   *
   * @param day the day of each poll in epoch days ({@code LocalDate.toEpochDay()}); for a real-time
   *     average, the last day of fieldwork
   * @param share the share of each poll in points, in [0, 100]
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param pollster the pollster of each poll, not null or blank
   * @return the observations, each of weight 1
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a bad value
   */
  public static PollObservations ofShares(
      int[] day, double[] share, double[] n, String[] pollster) {
    requireArrays(day, share, n, pollster);
    return of(KalmanInput.ofShares(day, share, n, null, null, 1), pollster);
  }

  /**
   * Shares of one option where some polls publish a range instead of a point.
   *
   * @param day the day of each poll in epoch days
   * @param share the share of each poll in points (for a range, usually its midpoint)
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param rangeLow the lower bound of a published range, NaN when the poll has none
   * @param rangeHigh the upper bound, NaN exactly where {@code rangeLow} is
   * @param pollster the pollster of each poll, not null or blank
   * @return the observations, each of weight 1
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a bad value
   */
  public static PollObservations ofShares(
      int[] day,
      double[] share,
      double[] n,
      double[] rangeLow,
      double[] rangeHigh,
      String[] pollster) {
    requireArrays(day, share, n, pollster);
    Objects.requireNonNull(rangeLow, "rangeLow");
    Objects.requireNonNull(rangeHigh, "rangeHigh");
    return of(KalmanInput.ofShares(day, share, n, rangeLow, rangeHigh, 1), pollster);
  }

  /**
   * The lead share1 − share2 of two options asked in the same polls.
   *
   * @param day the day of each poll in epoch days
   * @param share1 the share of the first option in points
   * @param share2 the share of the second option in points
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param pollster the pollster of each poll, not null or blank
   * @return the observations, each of weight 1
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a bad value
   */
  public static PollObservations ofLeads(
      int[] day, double[] share1, double[] share2, double[] n, String[] pollster) {
    requireArrays(day, share1, share2, pollster);
    Objects.requireNonNull(n, "n");
    return of(KalmanInput.ofLeads(day, share1, share2, n, 1), pollster);
  }

  /**
   * Values with known sampling variances.
   *
   * @param day the day of each value in epoch days
   * @param value the values, finite
   * @param variance the known sampling variance of each value in points², in [0, ∞)
   * @param pollster the pollster of each value, not null or blank
   * @return the observations, each of weight 1
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a bad value
   */
  public static PollObservations ofVariances(
      int[] day, double[] value, double[] variance, String[] pollster) {
    requireArrays(day, value, variance, pollster);
    return of(KalmanInput.ofVariances(day, value, variance), pollster);
  }

  private static void requireArrays(int[] day, double[] values, double[] more, String[] pollster) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(more, "values");
    Objects.requireNonNull(pollster, "pollster");
  }

  /**
   * The observations of a {@link KalmanSmoother}: one pollster for all, weight 1 (any weight is
   * already in the known variances), no groups.
   */
  static PollObservations withoutPollsters(KalmanInput input) {
    String[] one = new String[input.size()];
    Arrays.fill(one, "all polls");
    return of(input, one);
  }

  private static PollObservations of(KalmanInput input, String[] pollster) {
    if (pollster.length != input.size()) {
      throw new IllegalArgumentException(
          "pollster must have the length of day (" + input.size() + "), had " + pollster.length);
    }
    for (int i = 0; i < pollster.length; i++) {
      if (pollster[i] == null || pollster[i].isBlank()) {
        throw new IllegalArgumentException(
            "pollster must not be null or blank, was '" + pollster[i] + "' at index " + i);
      }
    }
    double[] ones = new double[pollster.length];
    Arrays.fill(ones, 1);
    return new PollObservations(input, pollster.clone(), ones, null);
  }

  /**
   * The same polls with weights.
   *
   * @param weight the weight of each poll, finite and &gt; 0: a poll of weight w counts as w
   *     independent polls of its size (its sampling variance is divided by w)
   * @return new observations with these weights
   * @throws NullPointerException if weight is null
   * @throws IllegalArgumentException if its length differs or a weight is not finite and &gt; 0
   */
  public PollObservations withWeights(double[] weight) {
    Objects.requireNonNull(weight, "weight");
    if (weight.length != size()) {
      throw new IllegalArgumentException(
          "weight must have the length of day (" + size() + "), had " + weight.length);
    }
    for (int i = 0; i < weight.length; i++) {
      if (!(weight[i] > 0 && weight[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "weight must be finite and > 0, was %s at index %d", weight[i], i));
      }
    }
    return new PollObservations(input, pollster, weight.clone(), group);
  }

  /**
   * The same polls with a group for each, such as its population (adults, registered or likely
   * voters) or mode, or both joined into one label: {@link PollAverage} then estimates an offset
   * per group beside the house effects (the offsets of the groups sum to zero, each group counted
   * once).
   *
   * @param group the group of each poll, not null or blank
   * @return new observations with these groups
   * @throws NullPointerException if group is null
   * @throws IllegalArgumentException if its length differs or a group is null or blank
   */
  public PollObservations withGroups(String[] group) {
    Objects.requireNonNull(group, "group");
    if (group.length != size()) {
      throw new IllegalArgumentException(
          "group must have the length of day (" + size() + "), had " + group.length);
    }
    for (int i = 0; i < group.length; i++) {
      if (group[i] == null || group[i].isBlank()) {
        throw new IllegalArgumentException(
            "group must not be null or blank, was '" + group[i] + "' at index " + i);
      }
    }
    return new PollObservations(input, pollster, weight, group.clone());
  }

  /**
   * The number of polls.
   *
   * @return the number of polls
   */
  public int size() {
    return input.size();
  }

  /** The pollster of each poll, in the caller's order. */
  String[] pollsters() {
    return pollster;
  }

  /** The group of each poll, in the caller's order; null without groups. */
  String[] groups() {
    return group;
  }

  /** The weight of each poll, in the caller's order. */
  double[] weights() {
    return weight;
  }

  @Override
  public String toString() {
    return "PollObservations[" + size() + " polls]";
  }
}
